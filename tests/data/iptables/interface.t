# -i is decided when converting for the interface the program runs on
# (--in-interface; kefirc load gives its --dev): a name, a prefix with '+',
# '+' for any, negated; a rule whose -i cannot hold keeps a false test
== in-interface
kv1
== input
iptables -A INPUT -i kv1 -p udp --dport 53 -j DROP
iptables -A INPUT -i kv0 -j DROP
iptables -A INPUT ! -i lo -p tcp --dport 22 -j ACCEPT
iptables -A INPUT --in-interface kv+ -s 10.0.0.1 -j DROP
iptables -A INPUT -i + -p icmp -j ACCEPT
iptables -A INPUT ! -i kv+ -j ACCEPT
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
      "text": "iptables -A INPUT -i kv1 -p udp --dport 53 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-8"
        },
        true,
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "1:26-31"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "1:33-39"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "1:33-39"
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
                      "loc": "1:33-39"
                    },
                    "rhs": 15,
                    "loc": "1:33-39"
                  },
                  "rhs": 4,
                  "loc": "1:33-39"
                },
                "rhs": 8,
                "loc": "1:33-39"
              }
            }
          ],
          "loc": "1:33-39"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "1:1-8",
      "text": "iptables -A INPUT -i kv1 -p udp --dport 53 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-8"
        },
        true,
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "1:26-31"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "1:33-39"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "1:33-42"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -i kv0 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:1-8"
        },
        false
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT ! -i lo -p tcp --dport 22 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:1-8"
        },
        true,
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "3:27-32"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "3:34-40"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "3:34-40"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "3:34-40"
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
                          "loc": "3:34-40"
                        },
                        "rhs": 15,
                        "loc": "3:34-40"
                      },
                      "rhs": 4,
                      "loc": "3:34-40"
                    },
                    "rhs": 20,
                    "loc": "3:34-40"
                  }
                }
              ],
              "loc": "3:34-40"
            }
          ],
          "loc": "3:34-40"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT ! -i lo -p tcp --dport 22 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:1-8"
        },
        true,
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "3:27-32"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "3:34-40"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 22,
          "l4": "ip4",
          "loc": "3:34-43"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "4:1-8",
      "text": "iptables -A INPUT --in-interface kv+ -s 10.0.0.1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-8"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "4:38-48"
        },
        true
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-8"
      }
    },
    {
      "loc": "5:1-8",
      "text": "iptables -A INPUT -i + -p icmp -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:1-8"
        },
        true,
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "5:24-30"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "5:1-8"
      }
    },
    {
      "loc": "6:1-8",
      "text": "iptables -A INPUT ! -i kv+ -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "6:1-8"
        },
        false
      ],
      "action": {
        "type": "pass",
        "loc": "6:1-8"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
