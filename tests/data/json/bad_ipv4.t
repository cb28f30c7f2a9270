# the example of docs/ir.md
== input
{
  "kefir": 1,
  "rules": [
    {"match": [], "action": {"type": "pass"}},
    {"match": [], "action": {"type": "pass"}},
    {"match": [], "action": {"type": "pass"}},
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"field": "ip4_src", "op": "eq", "value": "10.0.0.256"}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[3].match[1].value: expected an IPv4 address, got "10.0.0.256"
