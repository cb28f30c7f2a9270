# files of iptables commands: -t, -N, -A, -I with and without a position, -P, -F
== input
iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DROP
iptables -N WEB
iptables -A INPUT -p tcp --dport 22 -j DROP
iptables -F INPUT
iptables -A INPUT -p tcp --dport 80 -j WEB
iptables -I INPUT -p tcp --dport 443 -j WEB
iptables -I INPUT 2 -p tcp --dport 8443 -j ACCEPT
iptables -A WEB -s 198.51.100.0/24 -j ACCEPT
iptables -w -P INPUT DROP
iptables -Z
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
      "loc": "6:1-8",
      "text": "iptables -I INPUT -p tcp --dport 443 -j WEB",
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
              "loc": "6:26-32"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "6:26-32"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "6:26-32"
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
                          "loc": "6:26-32"
                        },
                        "rhs": 15,
                        "loc": "6:26-32"
                      },
                      "rhs": 4,
                      "loc": "6:26-32"
                    },
                    "rhs": 20,
                    "loc": "6:26-32"
                  }
                }
              ],
              "loc": "6:26-32"
            }
          ],
          "loc": "6:26-32"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-8"
      }
    },
    {
      "loc": "8:1-8",
      "text": "iptables -A WEB -s 198.51.100.0/24 -j ACCEPT",
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
          "loc": "6:19-24"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "6:26-32"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 443,
          "l4": "ip4",
          "loc": "6:26-36"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "198.51.100.0",
          "mask": "255.255.255.0",
          "loc": "8:17-34"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "8:1-8"
      }
    },
    {
      "loc": "7:1-8",
      "text": "iptables -I INPUT 2 -p tcp --dport 8443 -j ACCEPT",
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
          "loc": "7:21-26"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "7:28-34"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "7:28-34"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "7:28-34"
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
                          "loc": "7:28-34"
                        },
                        "rhs": 15,
                        "loc": "7:28-34"
                      },
                      "rhs": 4,
                      "loc": "7:28-34"
                    },
                    "rhs": 20,
                    "loc": "7:28-34"
                  }
                }
              ],
              "loc": "7:28-34"
            }
          ],
          "loc": "7:28-34"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "7:1-8"
      }
    },
    {
      "loc": "7:1-8",
      "text": "iptables -I INPUT 2 -p tcp --dport 8443 -j ACCEPT",
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
          "loc": "7:21-26"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "7:28-34"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 8443,
          "l4": "ip4",
          "loc": "7:28-39"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "7:1-8"
      }
    },
    {
      "loc": "5:1-8",
      "text": "iptables -A INPUT -p tcp --dport 80 -j WEB",
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
              "loc": "5:26-32"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "5:26-32"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "5:26-32"
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
                          "loc": "5:26-32"
                        },
                        "rhs": 15,
                        "loc": "5:26-32"
                      },
                      "rhs": 4,
                      "loc": "5:26-32"
                    },
                    "rhs": 20,
                    "loc": "5:26-32"
                  }
                }
              ],
              "loc": "5:26-32"
            }
          ],
          "loc": "5:26-32"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-8"
      }
    },
    {
      "loc": "8:1-8",
      "text": "iptables -A WEB -s 198.51.100.0/24 -j ACCEPT",
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
          "loc": "5:19-24"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "5:26-32"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "5:26-35"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "198.51.100.0",
          "mask": "255.255.255.0",
          "loc": "8:17-34"
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
      "type": "drop"
    },
    "text": "iptables -w -P INPUT DROP",
    "loc": "9:1-25"
  }
}
