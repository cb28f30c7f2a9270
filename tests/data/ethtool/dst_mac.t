# dst-mac on IP flow types is the Ethernet destination
== input
flow-type tcp4 dst-mac 00:11:22:33:44:55 dst-port 80 action 1
flow-type ip6 dst-mac 66:77:88:99:aa:bb action 2
flow-type esp4 dst-mac 00:11:22:33:44:55 m 00:00:00:ff:ff:ff spi 0x1000
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "3:1-9",
      "text": "flow-type esp4 dst-mac 00:11:22:33:44:55 m 00:00:00:ff:ff:ff spi 0x1000",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "3:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 50,
                  "loc": "3:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "3:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "3:11-14"
                },
                {
                  "field": "eth_dst",
                  "op": "eq",
                  "value": "00:11:22:00:00:00",
                  "mask": "ff:ff:ff:00:00:00",
                  "loc": "3:24-40"
                },
                {
                  "field": "esp_spi",
                  "op": "eq",
                  "value": "0x00001000",
                  "l4": "ip4",
                  "loc": "3:66-71"
                }
              ],
              "loc": "3:11-14"
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
                  "loc": "3:11-14"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "3:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 50,
                  "net_off": 18,
                  "loc": "3:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "3:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "3:11-14"
                },
                {
                  "field": "eth_dst",
                  "op": "eq",
                  "value": "00:11:22:00:00:00",
                  "mask": "ff:ff:ff:00:00:00",
                  "loc": "3:24-40"
                },
                {
                  "field": "esp_spi",
                  "op": "eq",
                  "value": "0x00001000",
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "3:66-71"
                }
              ],
              "loc": "3:11-14"
            }
          ],
          "loc": "3:11-14"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 0
      }
    },
    {
      "loc": "2:1-9",
      "text": "flow-type ip6 dst-mac 66:77:88:99:aa:bb action 2",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "2:11-13"
                },
                {
                  "field": "eth_dst",
                  "op": "eq",
                  "value": "66:77:88:99:aa:bb",
                  "loc": "2:23-39"
                }
              ],
              "loc": "2:11-13"
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
                  "loc": "2:11-13"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "2:11-13"
                },
                {
                  "field": "eth_dst",
                  "op": "eq",
                  "value": "66:77:88:99:aa:bb",
                  "loc": "2:23-39"
                }
              ],
              "loc": "2:11-13"
            }
          ],
          "loc": "2:11-13"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 2,
        "loc": "2:41-48"
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type tcp4 dst-mac 00:11:22:33:44:55 dst-port 80 action 1",
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
                  "value": 6,
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
                  "field": "eth_dst",
                  "op": "eq",
                  "value": "00:11:22:33:44:55",
                  "loc": "1:24-40"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 80,
                  "l4": "ip4",
                  "loc": "1:51-52"
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
                  "value": 6,
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
                  "field": "eth_dst",
                  "op": "eq",
                  "value": "00:11:22:33:44:55",
                  "loc": "1:24-40"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 80,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:51-52"
                }
              ],
              "loc": "1:11-14"
            }
          ],
          "loc": "1:11-14"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 1,
        "loc": "1:54-61"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
