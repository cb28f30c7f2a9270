== input
ether broadcast or ip6 multicast
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-5",
      "text": "ether broadcast or ip6 multicast",
      "match": [
        {
          "any": [
            {
              "field": "eth_dst",
              "op": "eq",
              "value": "ff:ff:ff:ff:ff:ff",
              "loc": "1:7-15"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:24-32"
                },
                {
                  "rel": "==",
                  "lhs": {
                    "load": "net",
                    "offset": 24,
                    "size": 1,
                    "loc": "1:24-32"
                  },
                  "rhs": 255,
                  "loc": "1:24-32"
                }
              ],
              "loc": "1:24-32"
            }
          ],
          "loc": "1:7-15"
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
