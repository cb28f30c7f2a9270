# 'icmp' is IPv4 only
== input
icmp
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-4",
      "text": "icmp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-4"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "1:1-4"
        }
      ],
      "action": {
        "type": "pass"
      }
    }
  ],
  "default": {
    "action": {
      "type": "drop"
    }
  }
}
