# a near miss is suggested
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"field": "ip4_sorc", "op": "eq", "value": "10.0.0.1"}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1].field: unknown field "ip4_sorc", did you mean "ip4_src"?
