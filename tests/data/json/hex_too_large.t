# a hex field names its maximum in hex
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"field": "ip4_id", "op": "range", "min": "0x0000", "max": "0x10000"}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[1].max: expected a number from 0 to 0xffff, got "0x10000"
