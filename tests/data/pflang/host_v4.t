# a bare host is IPv4, ARP or RARP, source or destination
== input
host 10.0.0.1
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-4",
      "text": "host 10.0.0.1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:6-13"
                },
                {
                  "any": [
                    {
                      "field": "ip4_src",
                      "op": "eq",
                      "value": "10.0.0.1",
                      "loc": "1:6-13"
                    },
                    {
                      "field": "ip4_dst",
                      "op": "eq",
                      "value": "10.0.0.1",
                      "loc": "1:6-13"
                    }
                  ],
                  "loc": "1:6-13"
                }
              ],
              "loc": "1:6-13"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0806",
                  "loc": "1:6-13"
                },
                {
                  "any": [
                    {
                      "field": "arp_spa",
                      "op": "eq",
                      "value": "10.0.0.1",
                      "loc": "1:6-13"
                    },
                    {
                      "field": "arp_tpa",
                      "op": "eq",
                      "value": "10.0.0.1",
                      "loc": "1:6-13"
                    }
                  ],
                  "loc": "1:6-13"
                }
              ],
              "loc": "1:6-13"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x8035",
                  "loc": "1:6-13"
                },
                {
                  "any": [
                    {
                      "field": "arp_spa",
                      "op": "eq",
                      "value": "10.0.0.1",
                      "loc": "1:6-13"
                    },
                    {
                      "field": "arp_tpa",
                      "op": "eq",
                      "value": "10.0.0.1",
                      "loc": "1:6-13"
                    }
                  ],
                  "loc": "1:6-13"
                }
              ],
              "loc": "1:6-13"
            }
          ],
          "loc": "1:6-13"
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
