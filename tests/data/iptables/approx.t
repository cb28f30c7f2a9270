# --stateless-approx: conntrack/state NEW on TCP is a SYN without ACK,
# ESTABLISHED,RELATED in an accepting rule is true, limit is no limit; each
# is a warning at its source line
== flags
stateless-approx
== input
*filter
:INPUT DROP [0:0]
-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A INPUT -p tcp -m state --state NEW -m tcp --dport 22 -j ACCEPT
-A INPUT -p tcp -m conntrack --ctstate new -j DROP
-A INPUT -p icmp -m limit --limit 5/sec --limit-burst 10 -j ACCEPT
-A INPUT -s 10.0.0.0/8 -m state --state RELATED -j ACCEPT
COMMIT
== warnings
<input>:3:23: warning: approximated: ESTABLISHED, RELATED are taken as true, so this rule accepts every packet its other matches let through (--stateless-approx)
    -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
                          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
<input>:4:26: warning: approximated: '--state NEW' is taken as a TCP SYN without ACK (--stateless-approx)
    -A INPUT -p tcp -m state --state NEW -m tcp --dport 22 -j ACCEPT
                             ^~~~~~~~~~~
<input>:5:30: warning: approximated: '--ctstate NEW' is taken as a TCP SYN without ACK (--stateless-approx)
    -A INPUT -p tcp -m conntrack --ctstate new -j DROP
                                 ^~~~~~~~~~~~~
<input>:6:27: warning: approximated: '--limit 5/sec' is taken as no limit, every packet passes it (--stateless-approx)
    -A INPUT -p icmp -m limit --limit 5/sec --limit-burst 10 -j ACCEPT
                              ^~~~~~~~~~~~~
<input>:7:33: warning: approximated: ESTABLISHED, RELATED are taken as true, so this rule accepts every packet its other matches let through (--stateless-approx)
    -A INPUT -s 10.0.0.0/8 -m state --state RELATED -j ACCEPT
                                    ^~~~~~~~~~~~~~~
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
      "loc": "3:1-2",
      "text": "-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:1-2"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "3:1-2"
      }
    },
    {
      "loc": "4:1-2",
      "text": "-A INPUT -p tcp -m state --state NEW -m tcp --dport 22 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "4:10-15"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "4:26-32"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:26-32"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "4:26-32"
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
                          "loc": "4:26-32"
                        },
                        "rhs": 15,
                        "loc": "4:26-32"
                      },
                      "rhs": 4,
                      "loc": "4:26-32"
                    },
                    "rhs": 20,
                    "loc": "4:26-32"
                  }
                }
              ],
              "loc": "4:26-32"
            }
          ],
          "loc": "4:26-32"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-2"
      }
    },
    {
      "loc": "4:1-2",
      "text": "-A INPUT -p tcp -m state --state NEW -m tcp --dport 22 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "4:10-15"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "4:26-32"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "mask": "0x0012",
          "l4": "ip4",
          "loc": "4:26-36"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "4:41-43"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:41-43"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "4:41-43"
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
                          "loc": "4:41-43"
                        },
                        "rhs": 15,
                        "loc": "4:41-43"
                      },
                      "rhs": 4,
                      "loc": "4:41-43"
                    },
                    "rhs": 20,
                    "loc": "4:41-43"
                  }
                }
              ],
              "loc": "4:41-43"
            }
          ],
          "loc": "4:41-43"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-2"
      }
    },
    {
      "loc": "4:1-2",
      "text": "-A INPUT -p tcp -m state --state NEW -m tcp --dport 22 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "4:10-15"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "4:26-32"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "mask": "0x0012",
          "l4": "ip4",
          "loc": "4:26-36"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "4:41-43"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 22,
          "l4": "ip4",
          "loc": "4:45-54"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "4:1-2"
      }
    },
    {
      "loc": "5:1-2",
      "text": "-A INPUT -p tcp -m conntrack --ctstate new -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "5:10-15"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "5:30-38"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "5:30-38"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "5:30-38"
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
                          "loc": "5:30-38"
                        },
                        "rhs": 15,
                        "loc": "5:30-38"
                      },
                      "rhs": 4,
                      "loc": "5:30-38"
                    },
                    "rhs": 20,
                    "loc": "5:30-38"
                  }
                }
              ],
              "loc": "5:30-38"
            }
          ],
          "loc": "5:30-38"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-2"
      }
    },
    {
      "loc": "5:1-2",
      "text": "-A INPUT -p tcp -m conntrack --ctstate new -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "5:10-15"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "5:30-38"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "mask": "0x0012",
          "l4": "ip4",
          "loc": "5:30-42"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-2"
      }
    },
    {
      "loc": "6:1-2",
      "text": "-A INPUT -p icmp -m limit --limit 5/sec --limit-burst 10 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "6:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "6:10-16"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "6:1-2"
      }
    },
    {
      "loc": "7:1-2",
      "text": "-A INPUT -s 10.0.0.0/8 -m state --state RELATED -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "7:1-2"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "7:10-22"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "7:1-2"
      }
    }
  ],
  "default": {
    "action": {
      "type": "drop"
    },
    "text": ":INPUT DROP [0:0]",
    "loc": "2:1-11"
  }
}
