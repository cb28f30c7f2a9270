# a typo is never ignored
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"feild": "ip4_ttl", "op": "eq", "value": 2}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1]: unexpected key "feild", did you mean "field"?
