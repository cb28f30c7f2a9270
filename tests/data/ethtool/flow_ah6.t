# ah6: next header 51, AH SPI
== input
flow-type ah6 src-ip 2001:db8::1 spi 0x1000 action 1
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-9",
      "text": "flow-type ah6 src-ip 2001:db8::1 spi 0x1000 action 1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:11-13"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 51,
                  "loc": "1:11-13"
                },
                {
                  "field": "ip6_src",
                  "op": "eq",
                  "value": "2001:db8::1",
                  "loc": "1:22-32"
                },
                {
                  "field": "ah_spi",
                  "op": "eq",
                  "value": "0x00001000",
                  "l4": "ip6",
                  "loc": "1:38-43"
                }
              ],
              "loc": "1:11-13"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "in",
                  "values": [
                    "0x8100",
                    "0x88a8"
                  ],
                  "loc": "1:11-13"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "1:11-13"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 51,
                  "net_off": 18,
                  "loc": "1:11-13"
                },
                {
                  "field": "ip6_src",
                  "op": "eq",
                  "value": "2001:db8::1",
                  "net_off": 18,
                  "loc": "1:22-32"
                },
                {
                  "field": "ah_spi",
                  "op": "eq",
                  "value": "0x00001000",
                  "net_off": 18,
                  "l4": "ip6",
                  "loc": "1:38-43"
                }
              ],
              "loc": "1:11-13"
            }
          ],
          "loc": "1:11-13"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 1,
        "loc": "1:45-52"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
