# the optional 'ethtool -N DEV' prefix in its four spellings, comments, blank lines, tabs
== input
# steer SSH, drop telnet
ethtool -N eth0 flow-type tcp4 dst-port 22 action 1

-N eth0 flow-type tcp4 dst-port 23 action -1   # telnet
	ethtool -U eth1 flow-type udp4 dst-port 53 action 2
ethtool --config-nfc eth0 flow-type udp6 dst-port 123 action 3
ethtool --config-ntuple eth0.100 flow-type ether proto 0x88f7 action 4
  # an indented comment
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "7:1-7",
      "text": "ethtool --config-ntuple eth0.100 flow-type ether proto 0x88f7 action 4",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x88f7",
                  "loc": "7:56-61"
                }
              ],
              "loc": "7:44-48"
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
                  "loc": "7:44-48"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x88f7",
                  "net_off": 18,
                  "loc": "7:56-61"
                }
              ],
              "loc": "7:44-48"
            }
          ],
          "loc": "7:44-48"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 4,
        "loc": "7:63-70"
      }
    },
    {
      "loc": "6:1-7",
      "text": "ethtool --config-nfc eth0 flow-type udp6 dst-port 123 action 3",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "6:37-40"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 17,
                  "loc": "6:37-40"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 123,
                  "l4": "ip6",
                  "loc": "6:51-53"
                }
              ],
              "loc": "6:37-40"
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
                  "loc": "6:37-40"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "6:37-40"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 17,
                  "net_off": 18,
                  "loc": "6:37-40"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 123,
                  "net_off": 18,
                  "l4": "ip6",
                  "loc": "6:51-53"
                }
              ],
              "loc": "6:37-40"
            }
          ],
          "loc": "6:37-40"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 3,
        "loc": "6:55-62"
      }
    },
    {
      "loc": "5:2-8",
      "text": "\tethtool -U eth1 flow-type udp4 dst-port 53 action 2",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "5:28-31"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "loc": "5:28-31"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "5:28-31"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "5:28-31"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 53,
                  "l4": "ip4",
                  "loc": "5:42-43"
                }
              ],
              "loc": "5:28-31"
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
                  "loc": "5:28-31"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "5:28-31"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "net_off": 18,
                  "loc": "5:28-31"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "5:28-31"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "5:28-31"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 53,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "5:42-43"
                }
              ],
              "loc": "5:28-31"
            }
          ],
          "loc": "5:28-31"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 2,
        "loc": "5:45-52"
      }
    },
    {
      "loc": "4:1-2",
      "text": "-N eth0 flow-type tcp4 dst-port 23 action -1   # telnet",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "4:19-22"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "4:19-22"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:19-22"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:19-22"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 23,
                  "l4": "ip4",
                  "loc": "4:33-34"
                }
              ],
              "loc": "4:19-22"
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
                  "loc": "4:19-22"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "4:19-22"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "net_off": 18,
                  "loc": "4:19-22"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "4:19-22"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "4:19-22"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 23,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "4:33-34"
                }
              ],
              "loc": "4:19-22"
            }
          ],
          "loc": "4:19-22"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:36-44"
      }
    },
    {
      "loc": "2:1-7",
      "text": "ethtool -N eth0 flow-type tcp4 dst-port 22 action 1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "2:27-30"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "2:27-30"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "2:27-30"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "2:27-30"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 22,
                  "l4": "ip4",
                  "loc": "2:41-42"
                }
              ],
              "loc": "2:27-30"
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
                  "loc": "2:27-30"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "2:27-30"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "net_off": 18,
                  "loc": "2:27-30"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "2:27-30"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "2:27-30"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 22,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "2:41-42"
                }
              ],
              "loc": "2:27-30"
            }
          ],
          "loc": "2:27-30"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 1,
        "loc": "2:44-51"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
