# a predicate object says what it is
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"op": "eq", "value": 1}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1]: expected a "field", "rel", "bpf", "all", "any" or "not" key
