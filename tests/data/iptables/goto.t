# -g: a RETURN (or the end) of a goto'd chain returns to the caller of the chain that jumped; from INPUT, to the policy
== input
*filter
:INPUT ACCEPT [0:0]
:A - [0:0]
:B - [0:0]
:C - [0:0]
-A INPUT -p tcp -j A
-A INPUT -p udp -g C
-A INPUT -s 10.0.0.0/8 -j DROP
-A A -p tcp --dport 22 -g B
-A A -p tcp --dport 23 -j DROP
-A B -s 10.1.0.0/16 -j RETURN
-A B -s 10.0.0.0/8 -j ACCEPT
-A C -p udp --dport 53 -j ACCEPT
-A C -s 172.16.0.0/12 -j RETURN
-A C -p udp --dport 54 -j DROP
COMMIT
== json
{
  "kefir": 1,
  "syntax": "iptables",
  "source": "<input>",
  "rules": [
    {
      "match": [
        {
          "not": {
            "field": "eth_type",
            "op": "eq",
            "value": "0x0800"
          }
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "9:1-2",
      "text": "-A A -p tcp --dport 22 -g B",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "9:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "6:10-15"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "9:6-11"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "9:13-19"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "9:13-19"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "9:13-19"
                  },
                  "rhs": {
                    "op": "+",
                    "lhs": {
                      "op": "*",
                      "lhs": {
                        "op": "&",
                        "lhs": {
                          "load": "net",
                          "offset": 0,
                          "size": 1,
                          "loc": "9:13-19"
                        },
                        "rhs": 15,
                        "loc": "9:13-19"
                      },
                      "rhs": 4,
                      "loc": "9:13-19"
                    },
                    "rhs": 20,
                    "loc": "9:13-19"
                  }
                }
              ],
              "loc": "9:13-19"
            }
          ],
          "loc": "9:13-19"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "9:1-2"
      }
    },
    {
      "loc": "12:1-2",
      "text": "-A B -s 10.0.0.0/8 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "12:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "6:10-15"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "9:6-11"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "9:13-19"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 22,
          "l4": "ip4",
          "loc": "9:13-22"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_src",
                "op": "eq",
                "value": "10.1.0.0",
                "mask": "255.255.0.0",
                "loc": "11:6-19"
              }
            ],
            "loc": "11:1-2"
          },
          "loc": "11:1-2"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "12:6-18"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "12:1-2"
      }
    },
    {
      "loc": "10:1-2",
      "text": "-A A -p tcp --dport 23 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "10:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "6:10-15"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_proto",
                "op": "eq",
                "value": 6,
                "loc": "9:6-11"
              },
              {
                "field": "ip4_fragoff",
                "op": "eq",
                "value": 0,
                "loc": "9:13-19"
              },
              {
                "field": "l4_dport",
                "op": "eq",
                "value": 22,
                "l4": "ip4",
                "loc": "9:13-22"
              }
            ],
            "loc": "9:1-2"
          },
          "loc": "9:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "10:6-11"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "10:13-19"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "10:13-19"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "10:13-19"
                  },
                  "rhs": {
                    "op": "+",
                    "lhs": {
                      "op": "*",
                      "lhs": {
                        "op": "&",
                        "lhs": {
                          "load": "net",
                          "offset": 0,
                          "size": 1,
                          "loc": "10:13-19"
                        },
                        "rhs": 15,
                        "loc": "10:13-19"
                      },
                      "rhs": 4,
                      "loc": "10:13-19"
                    },
                    "rhs": 20,
                    "loc": "10:13-19"
                  }
                }
              ],
              "loc": "10:13-19"
            }
          ],
          "loc": "10:13-19"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "10:1-2"
      }
    },
    {
      "loc": "10:1-2",
      "text": "-A A -p tcp --dport 23 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "10:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "6:10-15"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_proto",
                "op": "eq",
                "value": 6,
                "loc": "9:6-11"
              },
              {
                "field": "ip4_fragoff",
                "op": "eq",
                "value": 0,
                "loc": "9:13-19"
              },
              {
                "field": "l4_dport",
                "op": "eq",
                "value": 22,
                "l4": "ip4",
                "loc": "9:13-22"
              }
            ],
            "loc": "9:1-2"
          },
          "loc": "9:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "10:6-11"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "10:13-19"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 23,
          "l4": "ip4",
          "loc": "10:13-22"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "10:1-2"
      }
    },
    {
      "loc": "13:1-2",
      "text": "-A C -p udp --dport 53 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "13:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "7:10-15"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "13:6-11"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "13:13-19"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "13:13-19"
              },
              "rhs": {
                "op": "+",
                "lhs": {
                  "op": "*",
                  "lhs": {
                    "op": "&",
                    "lhs": {
                      "load": "net",
                      "offset": 0,
                      "size": 1,
                      "loc": "13:13-19"
                    },
                    "rhs": 15,
                    "loc": "13:13-19"
                  },
                  "rhs": 4,
                  "loc": "13:13-19"
                },
                "rhs": 8,
                "loc": "13:13-19"
              }
            }
          ],
          "loc": "13:13-19"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "13:1-2"
      }
    },
    {
      "loc": "13:1-2",
      "text": "-A C -p udp --dport 53 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "13:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "7:10-15"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "13:6-11"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "13:13-19"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "13:13-22"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "13:1-2"
      }
    },
    {
      "loc": "14:1-2",
      "text": "-A C -s 172.16.0.0/12 -j RETURN",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "14:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "7:10-15"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "172.16.0.0",
          "mask": "255.240.0.0",
          "loc": "14:6-21"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "14:1-2"
      }
    },
    {
      "loc": "15:1-2",
      "text": "-A C -p udp --dport 54 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "15:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "7:10-15"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_src",
                "op": "eq",
                "value": "172.16.0.0",
                "mask": "255.240.0.0",
                "loc": "14:6-21"
              }
            ],
            "loc": "14:1-2"
          },
          "loc": "14:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "15:6-11"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "15:13-19"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "15:13-19"
              },
              "rhs": {
                "op": "+",
                "lhs": {
                  "op": "*",
                  "lhs": {
                    "op": "&",
                    "lhs": {
                      "load": "net",
                      "offset": 0,
                      "size": 1,
                      "loc": "15:13-19"
                    },
                    "rhs": 15,
                    "loc": "15:13-19"
                  },
                  "rhs": 4,
                  "loc": "15:13-19"
                },
                "rhs": 8,
                "loc": "15:13-19"
              }
            }
          ],
          "loc": "15:13-19"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "15:1-2"
      }
    },
    {
      "loc": "15:1-2",
      "text": "-A C -p udp --dport 54 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "15:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "7:10-15"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_src",
                "op": "eq",
                "value": "172.16.0.0",
                "mask": "255.240.0.0",
                "loc": "14:6-21"
              }
            ],
            "loc": "14:1-2"
          },
          "loc": "14:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "15:6-11"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "15:13-19"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 54,
          "l4": "ip4",
          "loc": "15:13-22"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "15:1-2"
      }
    },
    {
      "loc": "7:1-2",
      "text": "-A INPUT -p udp -g C",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "7:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "7:10-15"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_src",
                "op": "eq",
                "value": "172.16.0.0",
                "mask": "255.240.0.0",
                "loc": "14:6-21"
              }
            ],
            "loc": "14:1-2"
          },
          "loc": "14:1-2"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "7:1-2"
      }
    },
    {
      "loc": "8:1-2",
      "text": "-A INPUT -s 10.0.0.0/8 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "8:1-2"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_proto",
                "op": "eq",
                "value": 17,
                "loc": "7:10-15"
              }
            ],
            "loc": "7:1-2"
          },
          "loc": "7:1-2"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "8:10-22"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "8:1-2"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    },
    "text": ":INPUT ACCEPT [0:0]",
    "loc": "2:1-13"
  }
}
