# icmp: any, names with and without a code, type/code numbers
== input
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type port-unreachable -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 11/1 -j ACCEPT
iptables -A INPUT -p icmp -m icmp ! --icmp-type 0 -j DROP
iptables -A INPUT -p icmp --icmp-type any -j ACCEPT
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
      "text": "iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT",
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
          "value": 1,
          "loc": "1:19-25"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "1:27-37"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "1:27-37"
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
                      "loc": "1:27-37"
                    },
                    "rhs": 15,
                    "loc": "1:27-37"
                  },
                  "rhs": 4,
                  "loc": "1:27-37"
                },
                "rhs": 8,
                "loc": "1:27-37"
              }
            }
          ],
          "loc": "1:27-37"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "1:1-8",
      "text": "iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT",
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
          "value": 1,
          "loc": "1:19-25"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "1:27-37"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 8,
          "l4": "ip4",
          "loc": "1:27-50"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p icmp --icmp-type port-unreachable -j ACCEPT",
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
          "value": 1,
          "loc": "2:19-25"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "2:27-37"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "2:27-37"
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
                      "loc": "2:27-37"
                    },
                    "rhs": 15,
                    "loc": "2:27-37"
                  },
                  "rhs": 4,
                  "loc": "2:27-37"
                },
                "rhs": 8,
                "loc": "2:27-37"
              }
            }
          ],
          "loc": "2:27-37"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p icmp --icmp-type port-unreachable -j ACCEPT",
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
          "value": 1,
          "loc": "2:19-25"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "2:27-37"
        },
        {
          "all": [
            {
              "field": "icmp_type",
              "op": "eq",
              "value": 3,
              "l4": "ip4",
              "loc": "2:27-54"
            },
            {
              "field": "icmp_code",
              "op": "eq",
              "value": 3,
              "l4": "ip4",
              "loc": "2:27-54"
            }
          ],
          "loc": "2:27-54"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -p icmp --icmp-type 11/1 -j ACCEPT",
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
          "value": 1,
          "loc": "3:19-25"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "3:27-37"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "3:27-37"
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
                      "loc": "3:27-37"
                    },
                    "rhs": 15,
                    "loc": "3:27-37"
                  },
                  "rhs": 4,
                  "loc": "3:27-37"
                },
                "rhs": 8,
                "loc": "3:27-37"
              }
            }
          ],
          "loc": "3:27-37"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -p icmp --icmp-type 11/1 -j ACCEPT",
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
          "value": 1,
          "loc": "3:19-25"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "3:27-37"
        },
        {
          "all": [
            {
              "field": "icmp_type",
              "op": "eq",
              "value": 11,
              "l4": "ip4",
              "loc": "3:27-42"
            },
            {
              "field": "icmp_code",
              "op": "eq",
              "value": 1,
              "l4": "ip4",
              "loc": "3:27-42"
            }
          ],
          "loc": "3:27-42"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "4:1-8",
      "text": "iptables -A INPUT -p icmp -m icmp ! --icmp-type 0 -j DROP",
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
          "value": 1,
          "loc": "4:19-25"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "4:30-33"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "4:30-33"
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
                      "loc": "4:30-33"
                    },
                    "rhs": 15,
                    "loc": "4:30-33"
                  },
                  "rhs": 4,
                  "loc": "4:30-33"
                },
                "rhs": 8,
                "loc": "4:30-33"
              }
            }
          ],
          "loc": "4:30-33"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-8"
      }
    },
    {
      "loc": "4:1-8",
      "text": "iptables -A INPUT -p icmp -m icmp ! --icmp-type 0 -j DROP",
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
          "value": 1,
          "loc": "4:19-25"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "4:30-33"
        },
        {
          "not": {
            "field": "icmp_type",
            "op": "eq",
            "value": 0,
            "l4": "ip4",
            "loc": "4:37-49"
          },
          "loc": "4:37-49"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-8"
      }
    },
    {
      "loc": "5:1-8",
      "text": "iptables -A INPUT -p icmp --icmp-type any -j ACCEPT",
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
          "value": 1,
          "loc": "5:19-25"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "5:27-37"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "5:27-37"
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
                      "loc": "5:27-37"
                    },
                    "rhs": 15,
                    "loc": "5:27-37"
                  },
                  "rhs": 4,
                  "loc": "5:27-37"
                },
                "rhs": 8,
                "loc": "5:27-37"
              }
            }
          ],
          "loc": "5:27-37"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-8"
      }
    },
    {
      "loc": "5:1-8",
      "text": "iptables -A INPUT -p icmp --icmp-type any -j ACCEPT",
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
          "value": 1,
          "loc": "5:19-25"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "5:27-37"
        },
        true
      ],
      "action": {
        "type": "pass",
        "loc": "5:1-8"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
