# every action form; no action is queue 0 (ring cookie 0)
== input
flow-type tcp4 dst-port 22 action -1
flow-type tcp4 dst-port 80 action 3
flow-type tcp4 dst-port 443 vf 1 queue 3
flow-type tcp4 dst-port 8080 queue 5
flow-type udp4 dst-port 53 vf 2
flow-type udp4 dst-port 123 context 1
flow-type udp4 dst-port 123 action 2 context 1
flow-type ip4 src-ip 10.0.0.1
flow-type ether proto 0x0806 queue 2 vf 0 context 3
flow-type ether proto 0x0800 action -0x1
flow-type ether proto 0x86dd action 18446744073709551615
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "11:1-9",
      "text": "flow-type ether proto 0x86dd action 18446744073709551615",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "11:23-28"
                }
              ],
              "loc": "11:11-15"
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
                  "loc": "11:11-15"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "11:23-28"
                }
              ],
              "loc": "11:11-15"
            }
          ],
          "loc": "11:11-15"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "11:30-56"
      }
    },
    {
      "loc": "10:1-9",
      "text": "flow-type ether proto 0x0800 action -0x1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "10:23-28"
                }
              ],
              "loc": "10:11-15"
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
                  "loc": "10:11-15"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "10:23-28"
                }
              ],
              "loc": "10:11-15"
            }
          ],
          "loc": "10:11-15"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "10:30-40"
      }
    },
    {
      "loc": "9:1-9",
      "text": "flow-type ether proto 0x0806 queue 2 vf 0 context 3",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0806",
                  "loc": "9:23-28"
                }
              ],
              "loc": "9:11-15"
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
                  "loc": "9:11-15"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0806",
                  "net_off": 18,
                  "loc": "9:23-28"
                }
              ],
              "loc": "9:11-15"
            }
          ],
          "loc": "9:11-15"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 2,
        "vf": 0,
        "context": 3,
        "loc": "9:30-41"
      }
    },
    {
      "loc": "8:1-9",
      "text": "flow-type ip4 src-ip 10.0.0.1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "8:11-13"
                },
                {
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "10.0.0.1",
                  "loc": "8:22-29"
                }
              ],
              "loc": "8:11-13"
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
                  "loc": "8:11-13"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "8:11-13"
                },
                {
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "10.0.0.1",
                  "net_off": 18,
                  "loc": "8:22-29"
                }
              ],
              "loc": "8:11-13"
            }
          ],
          "loc": "8:11-13"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 0
      }
    },
    {
      "loc": "7:1-9",
      "text": "flow-type udp4 dst-port 123 action 2 context 1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "7:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "loc": "7:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "7:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "7:11-14"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 123,
                  "l4": "ip4",
                  "loc": "7:25-27"
                }
              ],
              "loc": "7:11-14"
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
                  "loc": "7:11-14"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "7:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "net_off": 18,
                  "loc": "7:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "7:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "7:11-14"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 123,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "7:25-27"
                }
              ],
              "loc": "7:11-14"
            }
          ],
          "loc": "7:11-14"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 2,
        "context": 1,
        "loc": "7:29-36"
      }
    },
    {
      "loc": "6:1-9",
      "text": "flow-type udp4 dst-port 123 context 1",
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
        "queue": 0,
        "context": 1,
        "loc": "6:29-37"
      }
    },
    {
      "loc": "5:1-9",
      "text": "flow-type udp4 dst-port 53 vf 2",
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
        "queue": 0,
        "vf": 2,
        "loc": "5:28-31"
      }
    },
    {
      "loc": "4:1-9",
      "text": "flow-type tcp4 dst-port 8080 queue 5",
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
        "queue": 5,
        "loc": "4:30-36"
      }
    },
    {
      "loc": "3:1-9",
      "text": "flow-type tcp4 dst-port 443 vf 1 queue 3",
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
        "vf": 1,
        "loc": "3:29-40"
      }
    },
    {
      "loc": "2:1-9",
      "text": "flow-type tcp4 dst-port 80 action 3",
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
        "queue": 3,
        "loc": "2:28-35"
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type tcp4 dst-port 22 action -1",
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
        "type": "drop",
        "loc": "1:28-36"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
