# not takes one predicate, not an array
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"not": [{"field": "ip4_ttl", "op": "eq", "value": 1}]}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1].not: expected a test, "all", "any", "not", true or false, got [{"field":"ip4_ttl","op":"eq","value":1}...
