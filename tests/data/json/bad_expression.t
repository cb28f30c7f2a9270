# an expression is an integer, "len" or an object
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"rel": "==", "lhs": "len", "rhs": true}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1].rhs: expected an integer, "len" or an object with "load", "op" or "neg", got true
