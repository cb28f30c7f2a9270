# esp4: protocol 50, spi is the ESP SPI (transport header + 0)
== input
flow-type esp4 dst-ip 10.0.0.2 tos 0x10 spi 0xdeadbeef action -1
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-9",
      "text": "flow-type esp4 dst-ip 10.0.0.2 tos 0x10 spi 0xdeadbeef action -1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 50,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_dst",
                  "op": "eq",
                  "value": "10.0.0.2",
                  "loc": "1:23-30"
                },
                {
                  "field": "ip4_tos",
                  "op": "eq",
                  "value": "0x10",
                  "loc": "1:36-39"
                },
                {
                  "field": "esp_spi",
                  "op": "eq",
                  "value": "0xdeadbeef",
                  "l4": "ip4",
                  "loc": "1:45-54"
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
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 50,
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_dst",
                  "op": "eq",
                  "value": "10.0.0.2",
                  "net_off": 18,
                  "loc": "1:23-30"
                },
                {
                  "field": "ip4_tos",
                  "op": "eq",
                  "value": "0x10",
                  "net_off": 18,
                  "loc": "1:36-39"
                },
                {
                  "field": "esp_spi",
                  "op": "eq",
                  "value": "0xdeadbeef",
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:45-54"
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
        "loc": "1:56-64"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
