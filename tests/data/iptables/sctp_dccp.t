# sctp and dccp: ports (implicit after -p), their headers' hot-drop lengths; multiport on them
== input
iptables -A INPUT -p sctp --dport 22 -j DROP
iptables -A INPUT -p sctp -m sctp ! --sport 1000:2000 -j ACCEPT
iptables -A INPUT -p dccp --dport 5004 -j DROP
iptables -A INPUT -p dccp -m multiport --ports 9,10 -j ACCEPT
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
      "text": "iptables -A INPUT -p sctp --dport 22 -j DROP",
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
          "value": 132,
          "loc": "1:19-25"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "1:27-33"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "1:27-33"
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
                      "loc": "1:27-33"
                    },
                    "rhs": 15,
                    "loc": "1:27-33"
                  },
                  "rhs": 4,
                  "loc": "1:27-33"
                },
                "rhs": 12,
                "loc": "1:27-33"
              }
            }
          ],
          "loc": "1:27-33"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "1:1-8",
      "text": "iptables -A INPUT -p sctp --dport 22 -j DROP",
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
          "value": 132,
          "loc": "1:19-25"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "1:27-33"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 22,
          "l4": "ip4",
          "loc": "1:27-36"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p sctp -m sctp ! --sport 1000:2000 -j ACCEPT",
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
          "value": 132,
          "loc": "2:19-25"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "2:30-33"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "2:30-33"
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
                      "loc": "2:30-33"
                    },
                    "rhs": 15,
                    "loc": "2:30-33"
                  },
                  "rhs": 4,
                  "loc": "2:30-33"
                },
                "rhs": 12,
                "loc": "2:30-33"
              }
            }
          ],
          "loc": "2:30-33"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p sctp -m sctp ! --sport 1000:2000 -j ACCEPT",
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
          "value": 132,
          "loc": "2:19-25"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "2:30-33"
        },
        {
          "not": {
            "field": "l4_sport",
            "op": "range",
            "min": 1000,
            "max": 2000,
            "l4": "ip4",
            "loc": "2:37-53"
          },
          "loc": "2:37-53"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -p dccp --dport 5004 -j DROP",
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
          "value": 33,
          "loc": "3:19-25"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "3:27-33"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "3:27-33"
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
                      "loc": "3:27-33"
                    },
                    "rhs": 15,
                    "loc": "3:27-33"
                  },
                  "rhs": 4,
                  "loc": "3:27-33"
                },
                "rhs": 12,
                "loc": "3:27-33"
              }
            }
          ],
          "loc": "3:27-33"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -p dccp --dport 5004 -j DROP",
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
          "value": 33,
          "loc": "3:19-25"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "3:27-33"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 5004,
          "l4": "ip4",
          "loc": "3:27-38"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "4:1-8",
      "text": "iptables -A INPUT -p dccp -m multiport --ports 9,10 -j ACCEPT",
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
          "value": 33,
          "loc": "4:19-25"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "4:30-38"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "4:30-38"
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
                      "loc": "4:30-38"
                    },
                    "rhs": 15,
                    "loc": "4:30-38"
                  },
                  "rhs": 4,
                  "loc": "4:30-38"
                },
                "rhs": 4,
                "loc": "4:30-38"
              }
            }
          ],
          "loc": "4:30-38"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-8"
      }
    },
    {
      "loc": "4:1-8",
      "text": "iptables -A INPUT -p dccp -m multiport --ports 9,10 -j ACCEPT",
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
          "value": 33,
          "loc": "4:19-25"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "4:30-38"
        },
        {
          "any": [
            {
              "field": "l4_dport",
              "op": "eq",
              "value": 9,
              "l4": "ip4",
              "loc": "4:40-51"
            },
            {
              "field": "l4_dport",
              "op": "eq",
              "value": 10,
              "l4": "ip4",
              "loc": "4:40-51"
            },
            {
              "field": "l4_sport",
              "op": "eq",
              "value": 9,
              "l4": "ip4",
              "loc": "4:40-51"
            },
            {
              "field": "l4_sport",
              "op": "eq",
              "value": 10,
              "l4": "ip4",
              "loc": "4:40-51"
            }
          ],
          "loc": "4:40-51"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "4:1-8"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
