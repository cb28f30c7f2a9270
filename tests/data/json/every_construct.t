# every construct of docs/ir.md; the input is canonical, so the output equals it
== input
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "filters/all.txt",
  "rules": [
    {
      "loc": "1:1",
      "text": "ether host 00:11:22:33:44:55 and vlan 5",
      "match": [
        {
          "any": [
            {
              "field": "eth_src",
              "op": "eq",
              "value": "00:11:22:33:44:55",
              "loc": "1:12-28"
            },
            {
              "field": "eth_dst",
              "op": "eq",
              "value": "00:11:22:00:00:00",
              "mask": "ff:ff:ff:00:00:00"
            }
          ],
          "loc": "1:1-28"
        },
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8"
          ]
        },
        {
          "field": "vlan_id",
          "op": "eq",
          "value": 5,
          "loc": "1:39"
        },
        {
          "field": "vlan_prio",
          "op": "range",
          "min": 1,
          "max": 7
        }
      ],
      "action": {
        "type": "queue",
        "queue": 3,
        "vf": 1,
        "context": 2,
        "loc": "1:40-45"
      }
    },
    {
      "loc": "2:1",
      "text": "ip and src net 10.0.0.0/8 and not tcp port 22",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_proto",
                "op": "eq",
                "value": 6
              },
              {
                "field": "l4_sport",
                "op": "eq",
                "value": 22,
                "l4": "ip4"
              }
            ]
          },
          "loc": "2:31-34"
        },
        {
          "field": "tcp_flags",
          "op": "in",
          "values": [
            "0x0002",
            "0x0010"
          ],
          "mask": "0x0012",
          "l4": "ip4"
        },
        true
      ],
      "action": {
        "type": "redirect",
        "ifindex": 4
      }
    },
    {
      "loc": "3:1-4",
      "text": "vlan and ip6 dst 2001:db8::1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8100"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "net_off": 18
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8::1",
          "net_off": 18
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "fe80::",
          "mask": "ffc0::",
          "net_off": 18
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1024,
          "max": 65535,
          "net_off": 18,
          "l4": "ip6"
        },
        {
          "any": [
            false,
            {
              "all": []
            }
          ]
        }
      ],
      "action": {
        "type": "redirect",
        "ifname": "veth1"
      }
    },
    {
      "text": "ip[2:2] - ((ip[0] & 0xf) << 2) > 100 or len <= 64",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800"
        },
        {
          "any": [
            {
              "rel": ">",
              "lhs": {
                "op": "-",
                "lhs": {
                  "load": "net",
                  "offset": 2,
                  "size": 2,
                  "loc": "4:1-7"
                },
                "rhs": {
                  "op": "<<",
                  "lhs": {
                    "op": "&",
                    "lhs": {
                      "load": "net",
                      "offset": 0,
                      "size": 1
                    },
                    "rhs": 15
                  },
                  "rhs": 2
                }
              },
              "rhs": 100,
              "loc": "4:1-37"
            },
            {
              "rel": "<=",
              "lhs": "len",
              "rhs": 64
            },
            {
              "rel": "!=",
              "lhs": {
                "load": "l4",
                "offset": {
                  "op": "*",
                  "lhs": 2,
                  "rhs": 1
                },
                "size": 4
              },
              "rhs": {
                "neg": 1,
                "loc": "4:50"
              },
              "l4": "ip4"
            },
            {
              "rel": "==",
              "lhs": {
                "load": "link",
                "offset": 12,
                "size": 2
              },
              "rhs": 2048
            },
            {
              "rel": "<",
              "lhs": {
                "op": "/",
                "lhs": "len",
                "rhs": 3
              },
              "rhs": {
                "op": "%",
                "lhs": 4294967295,
                "rhs": 7
              }
            },
            {
              "rel": ">=",
              "lhs": {
                "op": "|",
                "lhs": 1,
                "rhs": {
                  "op": "^",
                  "lhs": 2,
                  "rhs": {
                    "op": ">>",
                    "lhs": 8,
                    "rhs": {
                      "op": "+",
                      "lhs": 1,
                      "rhs": 0
                    }
                  }
                }
              },
              "rhs": 0,
              "net_off": 22
            }
          ]
        }
      ],
      "action": {
        "type": "handler",
        "name": "slow_path"
      }
    },
    {
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 1
        },
        {
          "field": "arp_tpa",
          "op": "eq",
          "value": "192.168.1.1"
        },
        {
          "field": "pkt_len",
          "op": "range",
          "min": 0,
          "max": 4294967295
        }
      ],
      "action": {
        "type": "pass",
        "loc": "5:1"
      }
    }
  ],
  "default": {
    "action": {
      "type": "drop",
      "loc": "6:16-19"
    },
    "text": ":INPUT DROP [0:0]",
    "loc": "6:1-19"
  }
}
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "filters/all.txt",
  "rules": [
    {
      "loc": "1:1",
      "text": "ether host 00:11:22:33:44:55 and vlan 5",
      "match": [
        {
          "any": [
            {
              "field": "eth_src",
              "op": "eq",
              "value": "00:11:22:33:44:55",
              "loc": "1:12-28"
            },
            {
              "field": "eth_dst",
              "op": "eq",
              "value": "00:11:22:00:00:00",
              "mask": "ff:ff:ff:00:00:00"
            }
          ],
          "loc": "1:1-28"
        },
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8"
          ]
        },
        {
          "field": "vlan_id",
          "op": "eq",
          "value": 5,
          "loc": "1:39"
        },
        {
          "field": "vlan_prio",
          "op": "range",
          "min": 1,
          "max": 7
        }
      ],
      "action": {
        "type": "queue",
        "queue": 3,
        "vf": 1,
        "context": 2,
        "loc": "1:40-45"
      }
    },
    {
      "loc": "2:1",
      "text": "ip and src net 10.0.0.0/8 and not tcp port 22",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_proto",
                "op": "eq",
                "value": 6
              },
              {
                "field": "l4_sport",
                "op": "eq",
                "value": 22,
                "l4": "ip4"
              }
            ]
          },
          "loc": "2:31-34"
        },
        {
          "field": "tcp_flags",
          "op": "in",
          "values": [
            "0x0002",
            "0x0010"
          ],
          "mask": "0x0012",
          "l4": "ip4"
        },
        true
      ],
      "action": {
        "type": "redirect",
        "ifindex": 4
      }
    },
    {
      "loc": "3:1-4",
      "text": "vlan and ip6 dst 2001:db8::1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8100"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "net_off": 18
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8::1",
          "net_off": 18
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "fe80::",
          "mask": "ffc0::",
          "net_off": 18
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1024,
          "max": 65535,
          "net_off": 18,
          "l4": "ip6"
        },
        {
          "any": [
            false,
            {
              "all": []
            }
          ]
        }
      ],
      "action": {
        "type": "redirect",
        "ifname": "veth1"
      }
    },
    {
      "text": "ip[2:2] - ((ip[0] & 0xf) << 2) > 100 or len <= 64",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800"
        },
        {
          "any": [
            {
              "rel": ">",
              "lhs": {
                "op": "-",
                "lhs": {
                  "load": "net",
                  "offset": 2,
                  "size": 2,
                  "loc": "4:1-7"
                },
                "rhs": {
                  "op": "<<",
                  "lhs": {
                    "op": "&",
                    "lhs": {
                      "load": "net",
                      "offset": 0,
                      "size": 1
                    },
                    "rhs": 15
                  },
                  "rhs": 2
                }
              },
              "rhs": 100,
              "loc": "4:1-37"
            },
            {
              "rel": "<=",
              "lhs": "len",
              "rhs": 64
            },
            {
              "rel": "!=",
              "lhs": {
                "load": "l4",
                "offset": {
                  "op": "*",
                  "lhs": 2,
                  "rhs": 1
                },
                "size": 4
              },
              "rhs": {
                "neg": 1,
                "loc": "4:50"
              },
              "l4": "ip4"
            },
            {
              "rel": "==",
              "lhs": {
                "load": "link",
                "offset": 12,
                "size": 2
              },
              "rhs": 2048
            },
            {
              "rel": "<",
              "lhs": {
                "op": "/",
                "lhs": "len",
                "rhs": 3
              },
              "rhs": {
                "op": "%",
                "lhs": 4294967295,
                "rhs": 7
              }
            },
            {
              "rel": ">=",
              "lhs": {
                "op": "|",
                "lhs": 1,
                "rhs": {
                  "op": "^",
                  "lhs": 2,
                  "rhs": {
                    "op": ">>",
                    "lhs": 8,
                    "rhs": {
                      "op": "+",
                      "lhs": 1,
                      "rhs": 0
                    }
                  }
                }
              },
              "rhs": 0,
              "net_off": 22
            }
          ]
        }
      ],
      "action": {
        "type": "handler",
        "name": "slow_path"
      }
    },
    {
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 1
        },
        {
          "field": "arp_tpa",
          "op": "eq",
          "value": "192.168.1.1"
        },
        {
          "field": "pkt_len",
          "op": "range",
          "min": 0,
          "max": 4294967295
        }
      ],
      "action": {
        "type": "pass",
        "loc": "5:1"
      }
    }
  ],
  "default": {
    "action": {
      "type": "drop",
      "loc": "6:16-19"
    },
    "text": ":INPUT DROP [0:0]",
    "loc": "6:1-19"
  }
}
