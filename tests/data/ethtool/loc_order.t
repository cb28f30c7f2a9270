# loc: explicit locations first, lowest first; rules without loc after them, the last one first (ethtool fills the table from its end)
== input
flow-type tcp4 dst-port 22 action 1
flow-type tcp4 dst-port 80 loc 10 action 2
flow-type tcp4 dst-port 443 action 3
flow-type tcp4 dst-port 8080 loc 2 action 4
flow-type udp4 dst-port 53 loc 0x3 action 5
flow-type udp4 dst-port 123 action 6
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "4:1-9",
      "text": "flow-type tcp4 dst-port 8080 loc 2 action 4",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "4:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "4:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:11-14"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 8080,
                  "l4": "ip4",
                  "loc": "4:25-28"
                }
              ],
              "loc": "4:11-14"
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
                  "loc": "4:11-14"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "4:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "net_off": 18,
                  "loc": "4:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "4:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "4:11-14"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 8080,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "4:25-28"
                }
              ],
              "loc": "4:11-14"
            }
          ],
          "loc": "4:11-14"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 4,
        "loc": "4:36-43"
      }
    },
    {
      "loc": "5:1-9",
      "text": "flow-type udp4 dst-port 53 loc 0x3 action 5",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "5:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "loc": "5:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "5:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "5:11-14"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 53,
                  "l4": "ip4",
                  "loc": "5:25-26"
                }
              ],
              "loc": "5:11-14"
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
                  "loc": "5:11-14"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "5:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "net_off": 18,
                  "loc": "5:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "5:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "5:11-14"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 53,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "5:25-26"
                }
              ],
              "loc": "5:11-14"
            }
          ],
          "loc": "5:11-14"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 5,
        "loc": "5:36-43"
      }
    },
    {
      "loc": "2:1-9",
      "text": "flow-type tcp4 dst-port 80 loc 10 action 2",
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
                  "value": 6,
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
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 80,
                  "l4": "ip4",
                  "loc": "2:25-26"
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
                  "value": 6,
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
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 80,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "2:25-26"
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
        "queue": 2,
        "loc": "2:35-42"
      }
    },
    {
      "loc": "6:1-9",
      "text": "flow-type udp4 dst-port 123 action 6",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "6:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "loc": "6:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "6:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "6:11-14"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 123,
                  "l4": "ip4",
                  "loc": "6:25-27"
                }
              ],
              "loc": "6:11-14"
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
                  "loc": "6:11-14"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "6:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "net_off": 18,
                  "loc": "6:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "6:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "6:11-14"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 123,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "6:25-27"
                }
              ],
              "loc": "6:11-14"
            }
          ],
          "loc": "6:11-14"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 6,
        "loc": "6:29-36"
      }
    },
    {
      "loc": "3:1-9",
      "text": "flow-type tcp4 dst-port 443 action 3",
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
                  "value": 6,
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
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 443,
                  "l4": "ip4",
                  "loc": "3:25-27"
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
                  "value": 6,
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
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 443,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "3:25-27"
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
        "queue": 3,
        "loc": "3:29-36"
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type tcp4 dst-port 22 action 1",
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
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 22,
                  "l4": "ip4",
                  "loc": "1:25-26"
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
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 22,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:25-26"
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
        "loc": "1:28-35"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
