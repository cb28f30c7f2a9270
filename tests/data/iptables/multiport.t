# multiport: lists with ranges, --ports is source or destination
== input
iptables -A INPUT -p tcp -m multiport --dports 22,80,443,8000:8080 -j ACCEPT
iptables -A INPUT -p udp -m multiport ! --sports 53,123 -j DROP
iptables -A INPUT -p tcp -m multiport --ports 25 -j DROP
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
      "text": "iptables -A INPUT -p tcp -m multiport --dports 22,80,443,8000:8080 -j ACCEPT",
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
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "1:29-37"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "1:29-37"
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
                      "loc": "1:29-37"
                    },
                    "rhs": 15,
                    "loc": "1:29-37"
                  },
                  "rhs": 4,
                  "loc": "1:29-37"
                },
                "rhs": 4,
                "loc": "1:29-37"
              }
            }
          ],
          "loc": "1:29-37"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "1:1-8",
      "text": "iptables -A INPUT -p tcp -m multiport --dports 22,80,443,8000:8080 -j ACCEPT",
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
          "loc": "1:29-37"
        },
        {
          "any": [
            {
              "field": "l4_dport",
              "op": "eq",
              "value": 22,
              "l4": "ip4",
              "loc": "1:39-66"
            },
            {
              "field": "l4_dport",
              "op": "eq",
              "value": 80,
              "l4": "ip4",
              "loc": "1:39-66"
            },
            {
              "field": "l4_dport",
              "op": "eq",
              "value": 443,
              "l4": "ip4",
              "loc": "1:39-66"
            },
            {
              "field": "l4_dport",
              "op": "range",
              "min": 8000,
              "max": 8080,
              "l4": "ip4",
              "loc": "1:39-66"
            }
          ],
          "loc": "1:39-66"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p udp -m multiport ! --sports 53,123 -j DROP",
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
          "value": 17,
          "loc": "2:19-24"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "2:29-37"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "2:29-37"
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
                      "loc": "2:29-37"
                    },
                    "rhs": 15,
                    "loc": "2:29-37"
                  },
                  "rhs": 4,
                  "loc": "2:29-37"
                },
                "rhs": 4,
                "loc": "2:29-37"
              }
            }
          ],
          "loc": "2:29-37"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p udp -m multiport ! --sports 53,123 -j DROP",
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
          "value": 17,
          "loc": "2:19-24"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "2:29-37"
        },
        {
          "not": {
            "any": [
              {
                "field": "l4_sport",
                "op": "eq",
                "value": 53,
                "l4": "ip4",
                "loc": "2:41-55"
              },
              {
                "field": "l4_sport",
                "op": "eq",
                "value": 123,
                "l4": "ip4",
                "loc": "2:41-55"
              }
            ],
            "loc": "2:41-55"
          },
          "loc": "2:41-55"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -p tcp -m multiport --ports 25 -j DROP",
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
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "3:29-37"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "3:29-37"
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
                      "loc": "3:29-37"
                    },
                    "rhs": 15,
                    "loc": "3:29-37"
                  },
                  "rhs": 4,
                  "loc": "3:29-37"
                },
                "rhs": 4,
                "loc": "3:29-37"
              }
            }
          ],
          "loc": "3:29-37"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -p tcp -m multiport --ports 25 -j DROP",
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
          "loc": "3:29-37"
        },
        {
          "any": [
            {
              "field": "l4_dport",
              "op": "eq",
              "value": 25,
              "l4": "ip4",
              "loc": "3:39-48"
            },
            {
              "field": "l4_sport",
              "op": "eq",
              "value": 25,
              "l4": "ip4",
              "loc": "3:39-48"
            }
          ],
          "loc": "3:39-48"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-8"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
