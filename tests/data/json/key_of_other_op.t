# min and max belong to range
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"field": "ip4_ttl", "op": "eq", "value": 2, "max": 5}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1]: unexpected key "max"; expected one of "field", "op", "value", "mask", "net_off", "l4", "loc"
