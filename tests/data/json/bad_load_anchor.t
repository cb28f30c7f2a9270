# loads cannot read metadata
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"rel": "==", "lhs": {"load": "meta", "offset": 0, "size": 4}, "rhs": 0}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1].lhs.load: unknown load anchor "meta"; expected one of "link", "net", "l4"
