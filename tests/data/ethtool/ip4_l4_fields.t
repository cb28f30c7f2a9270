# ip4: ports, l4data and spi read the first four transport bytes of any protocol, on unfragmented packets
== input
flow-type ip4 l4proto 6 dst-port 443 action 1
flow-type ip4 src-port 12345 action 2
flow-type ip4 l4proto 17 l4data 0x00350035 action 3
flow-type ip4 l4proto 50 spi 0x1000 action 4
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "4:1-9",
      "text": "flow-type ip4 l4proto 50 spi 0x1000 action 4",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "4:11-13"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:11-13"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:11-13"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 50,
                  "loc": "4:23-24"
                },
                {
                  "field": "l4_data",
                  "op": "eq",
                  "value": "0x00001000",
                  "l4": "ip4",
                  "loc": "4:30-35"
                }
              ],
              "loc": "4:11-13"
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
                  "loc": "4:11-13"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "4:11-13"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "4:11-13"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "4:11-13"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 50,
                  "net_off": 18,
                  "loc": "4:23-24"
                },
                {
                  "field": "l4_data",
                  "op": "eq",
                  "value": "0x00001000",
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "4:30-35"
                }
              ],
              "loc": "4:11-13"
            }
          ],
          "loc": "4:11-13"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 4,
        "loc": "4:37-44"
      }
    },
    {
      "loc": "3:1-9",
      "text": "flow-type ip4 l4proto 17 l4data 0x00350035 action 3",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "3:11-13"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "3:11-13"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "3:11-13"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "loc": "3:23-24"
                },
                {
                  "field": "l4_data",
                  "op": "eq",
                  "value": "0x00350035",
                  "l4": "ip4",
                  "loc": "3:33-42"
                }
              ],
              "loc": "3:11-13"
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
                  "loc": "3:11-13"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "3:11-13"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "3:11-13"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "3:11-13"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "net_off": 18,
                  "loc": "3:23-24"
                },
                {
                  "field": "l4_data",
                  "op": "eq",
                  "value": "0x00350035",
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "3:33-42"
                }
              ],
              "loc": "3:11-13"
            }
          ],
          "loc": "3:11-13"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 3,
        "loc": "3:44-51"
      }
    },
    {
      "loc": "2:1-9",
      "text": "flow-type ip4 src-port 12345 action 2",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "2:11-13"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "2:11-13"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "2:11-13"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 12345,
                  "l4": "ip4",
                  "loc": "2:24-28"
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
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "2:11-13"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "2:11-13"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "2:11-13"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 12345,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "2:24-28"
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
        "loc": "2:30-37"
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type ip4 l4proto 6 dst-port 443 action 1",
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
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "1:23"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 443,
                  "l4": "ip4",
                  "loc": "1:34-36"
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
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "net_off": 18,
                  "loc": "1:23"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 443,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:34-36"
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
        "loc": "1:38-45"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
