# esp6: next header 50, ESP SPI
== input
flow-type esp6 dst-ip 2001:db8:1::100 spi 0xdeadbeef action -1
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-9",
      "text": "flow-type esp6 dst-ip 2001:db8:1::100 spi 0xdeadbeef action -1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:11-14"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 50,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip6_dst",
                  "op": "eq",
                  "value": "2001:db8:1::100",
                  "loc": "1:23-37"
                },
                {
                  "field": "esp_spi",
                  "op": "eq",
                  "value": "0xdeadbeef",
                  "l4": "ip6",
                  "loc": "1:43-52"
                }
              ],
              "loc": "1:11-14"
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
                  "loc": "1:11-14"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 50,
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip6_dst",
                  "op": "eq",
                  "value": "2001:db8:1::100",
                  "net_off": 18,
                  "loc": "1:23-37"
                },
                {
                  "field": "esp_spi",
                  "op": "eq",
                  "value": "0xdeadbeef",
                  "net_off": 18,
                  "l4": "ip6",
                  "loc": "1:43-52"
                }
              ],
              "loc": "1:11-14"
            }
          ],
          "loc": "1:11-14"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:54-62"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
