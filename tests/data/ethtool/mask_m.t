# masks written 'm MASK': a 1 bit means ignore, the IR mask is the complement
== input
flow-type tcp4 src-ip 10.0.0.0 m 0.0.0.255 dst-port 80 action 1
flow-type udp4 dst-port 0x1f90 m 0x000f action 2
flow-type ip6 src-ip 2001:db8:: m ::ffff:ffff:ffff:ffff:ffff:ffff action 3
flow-type ether src 66:77:88:00:00:00 m 00:00:00:ff:ff:ff action 4
flow-type ip4 tos 0xb8 m 0x03 action 5
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "5:1-9",
      "text": "flow-type ip4 tos 0xb8 m 0x03 action 5",
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
                },
                {
                  "field": "ip4_tos",
                  "op": "eq",
                  "value": "0xb8",
                  "mask": "0xfc",
                  "loc": "5:19-22"
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
                },
                {
                  "field": "ip4_tos",
                  "op": "eq",
                  "value": "0xb8",
                  "mask": "0xfc",
                  "net_off": 18,
                  "loc": "5:19-22"
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
        "loc": "5:31-38"
      }
    },
    {
      "loc": "4:1-9",
      "text": "flow-type ether src 66:77:88:00:00:00 m 00:00:00:ff:ff:ff action 4",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "66:77:88:00:00:00",
          "mask": "ff:ff:ff:00:00:00",
          "loc": "4:21-37"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 4,
        "loc": "4:59-66"
      }
    },
    {
      "loc": "3:1-9",
      "text": "flow-type ip6 src-ip 2001:db8:: m ::ffff:ffff:ffff:ffff:ffff:ffff action 3",
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
                  "field": "ip6_src",
                  "op": "eq",
                  "value": "2001:db8::",
                  "mask": "ffff:ffff::",
                  "loc": "3:22-31"
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
                  "field": "ip6_src",
                  "op": "eq",
                  "value": "2001:db8::",
                  "mask": "ffff:ffff::",
                  "net_off": 18,
                  "loc": "3:22-31"
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
        "loc": "3:67-74"
      }
    },
    {
      "loc": "2:1-9",
      "text": "flow-type udp4 dst-port 0x1f90 m 0x000f action 2",
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
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 8080,
                  "mask": 65520,
                  "l4": "ip4",
                  "loc": "2:25-30"
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
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 8080,
                  "mask": 65520,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "2:25-30"
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
        "loc": "2:41-48"
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type tcp4 src-ip 10.0.0.0 m 0.0.0.255 dst-port 80 action 1",
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
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "10.0.0.0",
                  "mask": "255.255.255.0",
                  "loc": "1:23-30"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 80,
                  "l4": "ip4",
                  "loc": "1:53-54"
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
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "10.0.0.0",
                  "mask": "255.255.255.0",
                  "net_off": 18,
                  "loc": "1:23-30"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 80,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:53-54"
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
        "loc": "1:56-63"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
