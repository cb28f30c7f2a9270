# loads read 1, 2 or 4 bytes
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"rel": "==", "lhs": {"load": "net", "offset": 0, "size": 8}, "rhs": 0}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1].lhs.size: expected 1, 2 or 4, got 8
