# icmp6: --icmpv6-type names (any case, a prefix is enough when it names one
# type), TYPE[/CODE] in base 0, negation; hot-drop under 8 bytes
== input
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type PONG -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type port-unreachable -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type 0x1/0 -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbor-sol -j ACCEPT
ip6tables -A INPUT -p icmpv6 ! --icmpv6-type time-exceeded -j DROP
ip6tables -A INPUT -p 58 --icmpv6-type 3 -j ACCEPT
== json
{
  "kefir": 1,
  "syntax": "ip6tables",
  "source": "<input>",
  "rules": [
    {
      "match": [
        {
          "not": {
            "field": "eth_type",
            "op": "eq",
            "value": "0x86dd"
          }
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:1-9"
        },
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "1:20-28"
          },
          "loc": "1:20-28"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "1:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "1:20-28"
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "1:30-42"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 7,
              "l4": "ip6_find",
              "loc": "1:30-42"
            }
          ],
          "loc": "1:30-42"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "1:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "1:20-28"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "1:30-42"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 128,
          "l4": "ip6_find",
          "loc": "1:30-55"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type PONG -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "2:1-9"
        },
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "2:20-31"
          },
          "loc": "2:20-31"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type PONG -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "2:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "2:20-31"
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "2:36-40"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 7,
              "l4": "ip6_find",
              "loc": "2:36-40"
            }
          ],
          "loc": "2:36-40"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type PONG -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "2:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "2:20-31"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "2:36-40"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 129,
          "l4": "ip6_find",
          "loc": "2:42-59"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 --icmpv6-type port-unreachable -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:1-9"
        },
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "3:20-28"
          },
          "loc": "3:20-28"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 --icmpv6-type port-unreachable -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "3:20-28"
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "3:30-42"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 7,
              "l4": "ip6_find",
              "loc": "3:30-42"
            }
          ],
          "loc": "3:30-42"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 --icmpv6-type port-unreachable -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "3:20-28"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "3:30-42"
        },
        {
          "all": [
            {
              "field": "icmp_type",
              "op": "eq",
              "value": 1,
              "l4": "ip6_find",
              "loc": "3:30-59"
            },
            {
              "field": "icmp_code",
              "op": "eq",
              "value": 4,
              "l4": "ip6_find",
              "loc": "3:30-59"
            }
          ],
          "loc": "3:30-59"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "4:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 --icmpv6-type 0x1/0 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "4:1-9"
        },
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "4:20-28"
          },
          "loc": "4:20-28"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-9"
      }
    },
    {
      "loc": "4:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 --icmpv6-type 0x1/0 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "4:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "4:20-28"
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "4:30-42"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 7,
              "l4": "ip6_find",
              "loc": "4:30-42"
            }
          ],
          "loc": "4:30-42"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-9"
      }
    },
    {
      "loc": "4:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 --icmpv6-type 0x1/0 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "4:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "4:20-28"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "4:30-42"
        },
        {
          "all": [
            {
              "field": "icmp_type",
              "op": "eq",
              "value": 1,
              "l4": "ip6_find",
              "loc": "4:30-48"
            },
            {
              "field": "icmp_code",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "4:30-48"
            }
          ],
          "loc": "4:30-48"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-9"
      }
    },
    {
      "loc": "5:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbor-sol -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "5:1-9"
        },
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "5:20-28"
          },
          "loc": "5:20-28"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-9"
      }
    },
    {
      "loc": "5:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbor-sol -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "5:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "5:20-28"
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "5:30-42"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 7,
              "l4": "ip6_find",
              "loc": "5:30-42"
            }
          ],
          "loc": "5:30-42"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-9"
      }
    },
    {
      "loc": "5:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbor-sol -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "5:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "5:20-28"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "5:30-42"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 135,
          "l4": "ip6_find",
          "loc": "5:30-55"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "5:1-9"
      }
    },
    {
      "loc": "6:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 ! --icmpv6-type time-exceeded -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "6:1-9"
        },
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "6:20-28"
          },
          "loc": "6:20-28"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-9"
      }
    },
    {
      "loc": "6:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 ! --icmpv6-type time-exceeded -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "6:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "6:20-28"
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "6:32-44"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 7,
              "l4": "ip6_find",
              "loc": "6:32-44"
            }
          ],
          "loc": "6:32-44"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-9"
      }
    },
    {
      "loc": "6:1-9",
      "text": "ip6tables -A INPUT -p icmpv6 ! --icmpv6-type time-exceeded -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "6:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "6:20-28"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "6:32-44"
        },
        {
          "not": {
            "field": "icmp_type",
            "op": "eq",
            "value": 3,
            "l4": "ip6_find",
            "loc": "6:32-58"
          },
          "loc": "6:32-58"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-9"
      }
    },
    {
      "loc": "7:1-9",
      "text": "ip6tables -A INPUT -p 58 --icmpv6-type 3 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "7:1-9"
        },
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "7:20-24"
          },
          "loc": "7:20-24"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "7:1-9"
      }
    },
    {
      "loc": "7:1-9",
      "text": "ip6tables -A INPUT -p 58 --icmpv6-type 3 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "7:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "7:20-24"
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "7:26-38"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 7,
              "l4": "ip6_find",
              "loc": "7:26-38"
            }
          ],
          "loc": "7:26-38"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "7:1-9"
      }
    },
    {
      "loc": "7:1-9",
      "text": "ip6tables -A INPUT -p 58 --icmpv6-type 3 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "7:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_find",
          "loc": "7:20-24"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "7:26-38"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 3,
          "l4": "ip6_find",
          "loc": "7:26-40"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "7:1-9"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
