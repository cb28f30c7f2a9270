# a mask that ignores every bit drops the test; value bits under ignored bits are cleared
== input
flow-type tcp4 src-ip 10.0.0.1 m 255.255.255.255 dst-port 80 action 1
flow-type udp4 dst-port 53 m 0xffff src-port 0x3039 m 0xff00 action 2
flow-type tcp4 vlan 100 m 0xffff dst-port 22 action 3
flow-type ether proto 0x0800 m 0xffff dst 00:11:22:33:44:55 action 4
flow-type ip4 l4data 0xdeadbeef m 0xffffffff action 5
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "5:1-9",
      "text": "flow-type ip4 l4data 0xdeadbeef m 0xffffffff action 5",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "5:11-13"
                }
              ],
              "loc": "5:11-13"
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
                  "loc": "5:11-13"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "5:11-13"
                }
              ],
              "loc": "5:11-13"
            }
          ],
          "loc": "5:11-13"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 5,
        "loc": "5:46-53"
      }
    },
    {
      "loc": "4:1-9",
      "text": "flow-type ether proto 0x0800 m 0xffff dst 00:11:22:33:44:55 action 4",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "4:43-59"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 4,
        "loc": "4:61-68"
      }
    },
    {
      "loc": "3:1-9",
      "text": "flow-type tcp4 vlan 100 m 0xffff dst-port 22 action 3",
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
                  "value": 22,
                  "l4": "ip4",
                  "loc": "3:43-44"
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
                  "value": 22,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "3:43-44"
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
        "loc": "3:46-53"
      }
    },
    {
      "loc": "2:1-9",
      "text": "flow-type udp4 dst-port 53 m 0xffff src-port 0x3039 m 0xff00 action 2",
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
                  "value": 57,
                  "mask": 255,
                  "l4": "ip4",
                  "loc": "2:46-51"
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
                  "value": 57,
                  "mask": 255,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "2:46-51"
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
        "loc": "2:62-69"
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type tcp4 src-ip 10.0.0.1 m 255.255.255.255 dst-port 80 action 1",
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
                  "value": 80,
                  "l4": "ip4",
                  "loc": "1:59-60"
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
                  "value": 80,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:59-60"
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
        "loc": "1:62-69"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
