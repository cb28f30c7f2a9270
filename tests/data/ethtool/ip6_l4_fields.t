# ip6: ports, l4data and spi at the fixed transport offset +40, no fragment test
== input
flow-type ip6 l4proto 17 dst-port 123 action 1
flow-type ip6 src-port 40000 dst-port 80 action 2
flow-type ip6 l4proto 51 l4data 0xdeadbeef action 3
flow-type ip6 spi 0x1000 action 4
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "4:1-9",
      "text": "flow-type ip6 spi 0x1000 action 4",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "4:11-13"
                },
                {
                  "field": "l4_data",
                  "op": "eq",
                  "value": "0x00001000",
                  "l4": "ip6",
                  "loc": "4:19-24"
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
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "4:11-13"
                },
                {
                  "field": "l4_data",
                  "op": "eq",
                  "value": "0x00001000",
                  "net_off": 18,
                  "l4": "ip6",
                  "loc": "4:19-24"
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
        "loc": "4:26-33"
      }
    },
    {
      "loc": "3:1-9",
      "text": "flow-type ip6 l4proto 51 l4data 0xdeadbeef action 3",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "3:11-13"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 51,
                  "loc": "3:23-24"
                },
                {
                  "field": "l4_data",
                  "op": "eq",
                  "value": "0xdeadbeef",
                  "l4": "ip6",
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
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "3:11-13"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 51,
                  "net_off": 18,
                  "loc": "3:23-24"
                },
                {
                  "field": "l4_data",
                  "op": "eq",
                  "value": "0xdeadbeef",
                  "net_off": 18,
                  "l4": "ip6",
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
      "text": "flow-type ip6 src-port 40000 dst-port 80 action 2",
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
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 40000,
                  "l4": "ip6",
                  "loc": "2:24-28"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 80,
                  "l4": "ip6",
                  "loc": "2:39-40"
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
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 40000,
                  "net_off": 18,
                  "l4": "ip6",
                  "loc": "2:24-28"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 80,
                  "net_off": 18,
                  "l4": "ip6",
                  "loc": "2:39-40"
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
        "loc": "2:42-49"
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type ip6 l4proto 17 dst-port 123 action 1",
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
                  "value": 17,
                  "loc": "1:23-24"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 123,
                  "l4": "ip6",
                  "loc": "1:35-37"
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
                  "value": 17,
                  "net_off": 18,
                  "loc": "1:23-24"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 123,
                  "net_off": 18,
                  "l4": "ip6",
                  "loc": "1:35-37"
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
        "loc": "1:39-46"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
