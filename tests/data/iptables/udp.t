# udp: ports; a service name is read whatever the protocol
== input
iptables -A INPUT -p udp --dport http -j DROP
iptables -A INPUT -p udp -m udp --sport 53 --dport 1024: -j ACCEPT
iptables -A INPUT -p udp ! --sport 123 -j ACCEPT
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
      "text": "iptables -A INPUT -p udp --dport http -j DROP",
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
          "value": 17,
          "loc": "1:19-24"
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
                "rhs": 8,
                "loc": "1:26-32"
              }
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
      "text": "iptables -A INPUT -p udp --dport http -j DROP",
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
          "value": 17,
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
          "value": 80,
          "l4": "ip4",
          "loc": "1:26-37"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p udp -m udp --sport 53 --dport 1024: -j ACCEPT",
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
                "rhs": 8,
                "loc": "2:29-31"
              }
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
      "text": "iptables -A INPUT -p udp -m udp --sport 53 --dport 1024: -j ACCEPT",
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
          "loc": "2:29-31"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "2:33-42"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1024,
          "max": 65535,
          "l4": "ip4",
          "loc": "2:44-56"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -p udp ! --sport 123 -j ACCEPT",
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
          "value": 17,
          "loc": "3:19-24"
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
                "rhs": 8,
                "loc": "3:28-34"
              }
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
      "text": "iptables -A INPUT -p udp ! --sport 123 -j ACCEPT",
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
          "value": 17,
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
            "field": "l4_sport",
            "op": "eq",
            "value": 123,
            "l4": "ip4",
            "loc": "3:28-38"
          },
          "loc": "3:28-38"
        }
      ],
      "action": {
        "type": "pass",
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
