# 'ip' is the EtherType
== input
ip
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-2",
      "text": "ip",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-2"
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
