# iprange, length, ttl, tos, dscp, ecn, mac, comment
== input
iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.99 -j ACCEPT
iptables -A INPUT -m iprange ! --dst-range 10.1 -j DROP
iptables -A INPUT -m length --length 1000:1500 -j DROP
iptables -A INPUT -m length ! --length 64 -j DROP
iptables -A INPUT -m ttl --ttl-eq 1 -j DROP
iptables -A INPUT -m ttl --ttl-gt 200 -j DROP
iptables -A INPUT -m ttl --ttl-lt 5 -j DROP
iptables -A INPUT -m ttl ! --ttl-eq 64 -j ACCEPT
iptables -A INPUT -m tos --tos Minimize-Delay -j ACCEPT
iptables -A INPUT -m tos --tos 0x20/0xe0 -j ACCEPT
iptables -A INPUT -m tos --tos 0x21/0x0f -j ACCEPT
iptables -A INPUT -m dscp --dscp 46 -j ACCEPT
iptables -A INPUT -m dscp ! --dscp-class AF41 -j ACCEPT
iptables -A INPUT -m ecn --ecn-ip-ect 3 -j DROP
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:55 -j DROP
iptables -A INPUT -m comment --comment "web \"front\" servers" -p tcp --dport 80 -j ACCEPT
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
      "text": "iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.99 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-8"
        },
        {
          "field": "ip4_src",
          "op": "range",
          "min": "10.0.0.1",
          "max": "10.0.0.99",
          "loc": "1:30-59"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -m iprange ! --dst-range 10.1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:1-8"
        },
        {
          "not": {
            "field": "ip4_dst",
            "op": "range",
            "min": "10.1.0.0",
            "max": "10.1.0.0",
            "loc": "2:32-47"
          },
          "loc": "2:32-47"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -m length --length 1000:1500 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:1-8"
        },
        {
          "field": "ip4_len",
          "op": "range",
          "min": 1000,
          "max": 1500,
          "loc": "3:29-46"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "4:1-8",
      "text": "iptables -A INPUT -m length ! --length 64 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-8"
        },
        {
          "not": {
            "field": "ip4_len",
            "op": "eq",
            "value": 64,
            "loc": "4:31-41"
          },
          "loc": "4:31-41"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-8"
      }
    },
    {
      "loc": "5:1-8",
      "text": "iptables -A INPUT -m ttl --ttl-eq 1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:1-8"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 1,
          "loc": "5:26-35"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-8"
      }
    },
    {
      "loc": "6:1-8",
      "text": "iptables -A INPUT -m ttl --ttl-gt 200 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "6:1-8"
        },
        {
          "field": "ip4_ttl",
          "op": "range",
          "min": 201,
          "max": 255,
          "loc": "6:26-37"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-8"
      }
    },
    {
      "loc": "7:1-8",
      "text": "iptables -A INPUT -m ttl --ttl-lt 5 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "7:1-8"
        },
        {
          "field": "ip4_ttl",
          "op": "range",
          "min": 0,
          "max": 4,
          "loc": "7:26-35"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "7:1-8"
      }
    },
    {
      "loc": "8:1-8",
      "text": "iptables -A INPUT -m ttl ! --ttl-eq 64 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "8:1-8"
        },
        {
          "not": {
            "field": "ip4_ttl",
            "op": "eq",
            "value": 64,
            "loc": "8:28-38"
          },
          "loc": "8:28-38"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "8:1-8"
      }
    },
    {
      "loc": "9:1-8",
      "text": "iptables -A INPUT -m tos --tos Minimize-Delay -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "9:1-8"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x10",
          "mask": "0x3f",
          "loc": "9:26-45"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "9:1-8"
      }
    },
    {
      "loc": "10:1-8",
      "text": "iptables -A INPUT -m tos --tos 0x20/0xe0 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "10:1-8"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x20",
          "mask": "0xe0",
          "loc": "10:26-40"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "10:1-8"
      }
    },
    {
      "loc": "11:1-8",
      "text": "iptables -A INPUT -m tos --tos 0x21/0x0f -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "11:1-8"
        },
        false
      ],
      "action": {
        "type": "pass",
        "loc": "11:1-8"
      }
    },
    {
      "loc": "12:1-8",
      "text": "iptables -A INPUT -m dscp --dscp 46 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "12:1-8"
        },
        {
          "field": "ip4_dscp",
          "op": "eq",
          "value": 46,
          "loc": "12:27-35"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "12:1-8"
      }
    },
    {
      "loc": "13:1-8",
      "text": "iptables -A INPUT -m dscp ! --dscp-class AF41 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "13:1-8"
        },
        {
          "not": {
            "field": "ip4_dscp",
            "op": "eq",
            "value": 34,
            "loc": "13:29-45"
          },
          "loc": "13:29-45"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "13:1-8"
      }
    },
    {
      "loc": "14:1-8",
      "text": "iptables -A INPUT -m ecn --ecn-ip-ect 3 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "14:1-8"
        },
        {
          "field": "ip4_ecn",
          "op": "eq",
          "value": 3,
          "loc": "14:26-39"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "14:1-8"
      }
    },
    {
      "loc": "15:1-8",
      "text": "iptables -A INPUT -m mac --mac-source 00:11:22:33:44:55 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "15:1-8"
        },
        {
          "field": "eth_src",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "15:26-55"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "15:1-8"
      }
    },
    {
      "loc": "16:1-8",
      "text": "iptables -A INPUT -m comment --comment \"web \\\"front\\\" servers\" -p tcp --dport 80 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "16:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "16:64-69"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "16:71-77"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "16:71-77"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "16:71-77"
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
                          "loc": "16:71-77"
                        },
                        "rhs": 15,
                        "loc": "16:71-77"
                      },
                      "rhs": 4,
                      "loc": "16:71-77"
                    },
                    "rhs": 20,
                    "loc": "16:71-77"
                  }
                }
              ],
              "loc": "16:71-77"
            }
          ],
          "loc": "16:71-77"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "16:1-8"
      }
    },
    {
      "loc": "16:1-8",
      "text": "iptables -A INPUT -m comment --comment \"web \\\"front\\\" servers\" -p tcp --dport 80 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "16:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "16:64-69"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "16:71-77"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "16:71-80"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "16:1-8"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
