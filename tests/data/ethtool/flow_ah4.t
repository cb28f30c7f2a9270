# ah4: protocol 51, spi is the AH SPI (transport header + 4)
== input
flow-type ah4 src-ip 10.1.2.3 spi 0x1000 action 5
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-9",
      "text": "flow-type ah4 src-ip 10.1.2.3 spi 0x1000 action 5",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:11-13"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 51,
                  "loc": "1:11-13"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:11-13"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:11-13"
                },
                {
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "10.1.2.3",
                  "loc": "1:22-29"
                },
                {
                  "field": "ah_spi",
                  "op": "eq",
                  "value": "0x00001000",
                  "l4": "ip4",
                  "loc": "1:35-40"
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
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "1:11-13"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 51,
                  "net_off": 18,
                  "loc": "1:11-13"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "1:11-13"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "1:11-13"
                },
                {
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "10.1.2.3",
                  "net_off": 18,
                  "loc": "1:22-29"
                },
                {
                  "field": "ah_spi",
                  "op": "eq",
                  "value": "0x00001000",
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:35-40"
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
        "queue": 5,
        "loc": "1:42-49"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
