# a location is LINE:COL or LINE:COL-ENDCOL
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"field": "ip4_ttl", "op": "eq", "value": 2, "loc": "3:4:5"}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1].loc: expected "LINE:COL" or "LINE:COL-ENDCOL", got "3:4:5"
