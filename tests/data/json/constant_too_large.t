# expressions are 32-bit
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"rel": "==", "lhs": "len", "rhs": 4294967296}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1].rhs: expected an integer from 0 to 4294967295, got 4294967296
