# a MAC address with five bytes
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"field": "eth_dst", "op": "eq", "value": "00:11:22:33:44"}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1].value: expected a MAC address, got "00:11:22:33:44"
