# the validator checks value bits against the mask
== input
{
  "kefir": 1,
  "rules": [
    {"match": [
      {"field": "eth_type", "op": "eq", "value": "0x0800"},
      {"field": "ip4_tos", "op": "eq", "value": "0x03", "mask": "0xfc"}
    ], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: invalid rule 0: value has bits outside its mask
