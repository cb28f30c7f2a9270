# udp4: protocol 17
== input
flow-type udp4 dst-ip 8.8.8.8 dst-port 53 action 1
flow-type udp4 src-port 12345 dst-port 123 tos 0x00
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "2:1-9",
      "text": "flow-type udp4 src-port 12345 dst-port 123 tos 0x00",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "2:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "loc": "2:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "2:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "2:11-14"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 12345,
                  "l4": "ip4",
                  "loc": "2:25-29"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 123,
                  "l4": "ip4",
                  "loc": "2:40-42"
                },
                {
                  "field": "ip4_tos",
                  "op": "eq",
                  "value": "0x00",
                  "loc": "2:48-51"
                }
              ],
              "loc": "2:11-14"
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
                  "loc": "2:11-14"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "2:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "net_off": 18,
                  "loc": "2:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "2:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "2:11-14"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 12345,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "2:25-29"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 123,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "2:40-42"
                },
                {
                  "field": "ip4_tos",
                  "op": "eq",
                  "value": "0x00",
                  "net_off": 18,
                  "loc": "2:48-51"
                }
              ],
              "loc": "2:11-14"
            }
          ],
          "loc": "2:11-14"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 0
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type udp4 dst-ip 8.8.8.8 dst-port 53 action 1",
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
                  "value": 17,
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
                  "value": "8.8.8.8",
                  "loc": "1:23-29"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 53,
                  "l4": "ip4",
                  "loc": "1:40-41"
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
                  "value": 17,
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
                  "value": "8.8.8.8",
                  "net_off": 18,
                  "loc": "1:23-29"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 53,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:40-41"
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
        "loc": "1:43-50"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
