# tcp: ports (numbers, names, ranges), negation inside the first-fragment guard, --tcp-flags, --syn, hot-drop rules
== input
iptables -A INPUT -p tcp --dport ssh -j ACCEPT
iptables -A INPUT -p tcp -m tcp --sport 1024:65535 --dport :1023 -j ACCEPT
iptables -A INPUT -p tcp ! --dport 0x50: -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN,RST SYN,RST -j DROP
iptables -A INPUT -p tcp --tcp-flags ALL NONE -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN FIN -j DROP
iptables -A INPUT -p tcp ! --syn -j ACCEPT
iptables -A INPUT -p tcp -m tcp -j ACCEPT
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
      "loc": "1:1-8",
      "text": "iptables -A INPUT -p tcp --dport ssh -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "1:19-24"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "1:26-32"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:26-32"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "1:26-32"
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
                          "loc": "1:26-32"
                        },
                        "rhs": 15,
                        "loc": "1:26-32"
                      },
                      "rhs": 4,
                      "loc": "1:26-32"
                    },
                    "rhs": 20,
                    "loc": "1:26-32"
                  }
                }
              ],
              "loc": "1:26-32"
            }
          ],
          "loc": "1:26-32"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "1:1-8",
      "text": "iptables -A INPUT -p tcp --dport ssh -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "1:19-24"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "1:26-32"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 22,
          "l4": "ip4",
          "loc": "1:26-36"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p tcp -m tcp --sport 1024:65535 --dport :1023 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "2:19-24"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "2:29-31"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "2:29-31"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "2:29-31"
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
                          "loc": "2:29-31"
                        },
                        "rhs": 15,
                        "loc": "2:29-31"
                      },
                      "rhs": 4,
                      "loc": "2:29-31"
                    },
                    "rhs": 20,
                    "loc": "2:29-31"
                  }
                }
              ],
              "loc": "2:29-31"
            }
          ],
          "loc": "2:29-31"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p tcp -m tcp --sport 1024:65535 --dport :1023 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "2:19-24"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "2:29-31"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 1024,
          "max": 65535,
          "l4": "ip4",
          "loc": "2:33-50"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 0,
          "max": 1023,
          "l4": "ip4",
          "loc": "2:52-64"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -p tcp ! --dport 0x50: -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "3:19-24"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "3:28-34"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "3:28-34"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "3:28-34"
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
                          "loc": "3:28-34"
                        },
                        "rhs": 15,
                        "loc": "3:28-34"
                      },
                      "rhs": 4,
                      "loc": "3:28-34"
                    },
                    "rhs": 20,
                    "loc": "3:28-34"
                  }
                }
              ],
              "loc": "3:28-34"
            }
          ],
          "loc": "3:28-34"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -p tcp ! --dport 0x50: -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "3:19-24"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "3:28-34"
        },
        {
          "not": {
            "field": "l4_dport",
            "op": "range",
            "min": 80,
            "max": 65535,
            "l4": "ip4",
            "loc": "3:28-40"
          },
          "loc": "3:28-40"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "4:1-8",
      "text": "iptables -A INPUT -p tcp --tcp-flags SYN,RST SYN,RST -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "4:19-24"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "4:26-36"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:26-36"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "4:26-36"
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
                          "loc": "4:26-36"
                        },
                        "rhs": 15,
                        "loc": "4:26-36"
                      },
                      "rhs": 4,
                      "loc": "4:26-36"
                    },
                    "rhs": 20,
                    "loc": "4:26-36"
                  }
                }
              ],
              "loc": "4:26-36"
            }
          ],
          "loc": "4:26-36"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-8"
      }
    },
    {
      "loc": "4:1-8",
      "text": "iptables -A INPUT -p tcp --tcp-flags SYN,RST SYN,RST -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "4:19-24"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "4:26-36"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0006",
          "mask": "0x0006",
          "l4": "ip4",
          "loc": "4:26-52"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-8"
      }
    },
    {
      "loc": "5:1-8",
      "text": "iptables -A INPUT -p tcp --tcp-flags ALL NONE -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "5:19-24"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "5:26-36"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "5:26-36"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "5:26-36"
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
                          "loc": "5:26-36"
                        },
                        "rhs": 15,
                        "loc": "5:26-36"
                      },
                      "rhs": 4,
                      "loc": "5:26-36"
                    },
                    "rhs": 20,
                    "loc": "5:26-36"
                  }
                }
              ],
              "loc": "5:26-36"
            }
          ],
          "loc": "5:26-36"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-8"
      }
    },
    {
      "loc": "5:1-8",
      "text": "iptables -A INPUT -p tcp --tcp-flags ALL NONE -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "5:19-24"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "5:26-36"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0000",
          "mask": "0x003f",
          "l4": "ip4",
          "loc": "5:26-45"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-8"
      }
    },
    {
      "loc": "6:1-8",
      "text": "iptables -A INPUT -p tcp --tcp-flags SYN FIN -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "6:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "6:19-24"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "6:26-36"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "6:26-36"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "6:26-36"
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
                          "loc": "6:26-36"
                        },
                        "rhs": 15,
                        "loc": "6:26-36"
                      },
                      "rhs": 4,
                      "loc": "6:26-36"
                    },
                    "rhs": 20,
                    "loc": "6:26-36"
                  }
                }
              ],
              "loc": "6:26-36"
            }
          ],
          "loc": "6:26-36"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-8"
      }
    },
    {
      "loc": "6:1-8",
      "text": "iptables -A INPUT -p tcp --tcp-flags SYN FIN -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "6:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "6:19-24"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "6:26-36"
        },
        false
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-8"
      }
    },
    {
      "loc": "7:1-8",
      "text": "iptables -A INPUT -p tcp ! --syn -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "7:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "7:19-24"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "7:28-32"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "7:28-32"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "7:28-32"
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
                          "loc": "7:28-32"
                        },
                        "rhs": 15,
                        "loc": "7:28-32"
                      },
                      "rhs": 4,
                      "loc": "7:28-32"
                    },
                    "rhs": 20,
                    "loc": "7:28-32"
                  }
                }
              ],
              "loc": "7:28-32"
            }
          ],
          "loc": "7:28-32"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "7:1-8"
      }
    },
    {
      "loc": "7:1-8",
      "text": "iptables -A INPUT -p tcp ! --syn -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "7:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "7:19-24"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "7:28-32"
        },
        {
          "not": {
            "field": "tcp_flags",
            "op": "eq",
            "value": "0x0002",
            "mask": "0x0017",
            "l4": "ip4",
            "loc": "7:28-32"
          },
          "loc": "7:28-32"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "7:1-8"
      }
    },
    {
      "loc": "8:1-8",
      "text": "iptables -A INPUT -p tcp -m tcp -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "8:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "8:19-24"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "8:29-31"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "8:29-31"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "8:29-31"
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
                          "loc": "8:29-31"
                        },
                        "rhs": 15,
                        "loc": "8:29-31"
                      },
                      "rhs": 4,
                      "loc": "8:29-31"
                    },
                    "rhs": 20,
                    "loc": "8:29-31"
                  }
                }
              ],
              "loc": "8:29-31"
            }
          ],
          "loc": "8:29-31"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "8:1-8"
      }
    },
    {
      "loc": "8:1-8",
      "text": "iptables -A INPUT -p tcp -m tcp -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "8:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "8:19-24"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "8:29-31"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "8:1-8"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
