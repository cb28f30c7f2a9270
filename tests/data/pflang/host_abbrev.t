# 'host 10.1' is the /16 10.1.0.0, as libpcap
== input
src host 10.1
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-3",
      "text": "src host 10.1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:10-13"
                },
                {
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "10.1.0.0",
                  "mask": "255.255.0.0",
                  "loc": "1:10-13"
                }
              ],
              "loc": "1:10-13"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0806",
                  "loc": "1:10-13"
                },
                {
                  "field": "arp_spa",
                  "op": "eq",
                  "value": "10.1.0.0",
                  "mask": "255.255.0.0",
                  "loc": "1:10-13"
                }
              ],
              "loc": "1:10-13"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x8035",
                  "loc": "1:10-13"
                },
                {
                  "field": "arp_spa",
                  "op": "eq",
                  "value": "10.1.0.0",
                  "mask": "255.255.0.0",
                  "loc": "1:10-13"
                }
              ],
              "loc": "1:10-13"
            }
          ],
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
