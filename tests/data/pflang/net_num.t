# 'net 256' is 1.0.0.0/16: a single number is shifted while its top byte is 0
== input
arp net 256
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-3",
      "text": "arp net 256",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "1:9-11"
        },
        {
          "any": [
            {
              "field": "arp_spa",
              "op": "eq",
              "value": "1.0.0.0",
              "mask": "255.255.0.0",
              "loc": "1:9-11"
            },
            {
              "field": "arp_tpa",
              "op": "eq",
              "value": "1.0.0.0",
              "mask": "255.255.0.0",
              "loc": "1:9-11"
            }
          ],
          "loc": "1:9-11"
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
