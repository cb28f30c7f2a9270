# 'ip proto' has no fragment check
== input
ip proto \udp
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-2",
      "text": "ip proto \\udp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:10-13"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "1:10-13"
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
