# MAC addresses in the source and destination
== input
ether host 00:11:22:33:44:55
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-5",
      "text": "ether host 00:11:22:33:44:55",
      "match": [
        {
          "any": [
            {
              "field": "eth_src",
              "op": "eq",
              "value": "00:11:22:33:44:55",
              "loc": "1:12-28"
            },
            {
              "field": "eth_dst",
              "op": "eq",
              "value": "00:11:22:33:44:55",
              "loc": "1:12-28"
            }
          ],
          "loc": "1:12-28"
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
