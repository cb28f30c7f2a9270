# an IPv6 address with two "::"
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"field": "ip6_dst", "op": "eq", "value": "2001::db8::1"}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1].value: expected an IPv6 address, got "2001::db8::1"
