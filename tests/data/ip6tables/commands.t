# a script with both tools: ip6tables lines are read, iptables lines skipped
== input
iptables -A INPUT -s 10.0.0.1 -j DROP
ip6tables -N ADMIN
ip6tables -A ADMIN -s 2001:db8:1::/48 -j ACCEPT
ip6tables -A ADMIN -j RETURN
ip6tables -A INPUT -p tcp --dport 22 -j ADMIN
ip6tables -A INPUT -p tcp --dport 22 -j DROP
ip6tables -w -t filter -P INPUT ACCEPT
iptables -P INPUT DROP
ip6tables -6 -A INPUT -p udp --dport 9 -j REJECT --reject-with icmp6-port-unreachable
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
      "loc": "5:1-9",
      "text": "ip6tables -A INPUT -p tcp --dport 22 -j ADMIN",
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
            "loc": "5:20-25"
          },
          "loc": "5:20-25"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-9"
      }
    },
    {
      "loc": "5:1-9",
      "text": "ip6tables -A INPUT -p tcp --dport 22 -j ADMIN",
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
          "value": 6,
          "l4": "ip6_find",
          "loc": "5:20-25"
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "5:27-33"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 19,
              "l4": "ip6_find",
              "loc": "5:27-33"
            }
          ],
          "loc": "5:27-33"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A ADMIN -s 2001:db8:1::/48 -j ACCEPT",
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
          "value": 6,
          "l4": "ip6_find",
          "loc": "5:20-25"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "5:27-33"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 22,
          "l4": "ip6_find",
          "loc": "5:27-36"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8:1::",
          "mask": "ffff:ffff:ffff::",
          "loc": "3:20-37"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "6:1-9",
      "text": "ip6tables -A INPUT -p tcp --dport 22 -j DROP",
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
            "loc": "6:20-25"
          },
          "loc": "6:20-25"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-9"
      }
    },
    {
      "loc": "6:1-9",
      "text": "ip6tables -A INPUT -p tcp --dport 22 -j DROP",
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
          "value": 6,
          "l4": "ip6_find",
          "loc": "6:20-25"
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "6:27-33"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 19,
              "l4": "ip6_find",
              "loc": "6:27-33"
            }
          ],
          "loc": "6:27-33"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-9"
      }
    },
    {
      "loc": "6:1-9",
      "text": "ip6tables -A INPUT -p tcp --dport 22 -j DROP",
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
          "value": 6,
          "l4": "ip6_find",
          "loc": "6:20-25"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "6:27-33"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 22,
          "l4": "ip6_find",
          "loc": "6:27-36"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-9"
      }
    },
    {
      "loc": "9:1-9",
      "text": "ip6tables -6 -A INPUT -p udp --dport 9 -j REJECT --reject-with icmp6-port-unreachable",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "9:1-9"
        },
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "9:23-28"
          },
          "loc": "9:23-28"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "9:1-9"
      }
    },
    {
      "loc": "9:1-9",
      "text": "ip6tables -6 -A INPUT -p udp --dport 9 -j REJECT --reject-with icmp6-port-unreachable",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "9:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_find",
          "loc": "9:23-28"
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "9:30-36"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 7,
              "l4": "ip6_find",
              "loc": "9:30-36"
            }
          ],
          "loc": "9:30-36"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "9:1-9"
      }
    },
    {
      "loc": "9:1-9",
      "text": "ip6tables -6 -A INPUT -p udp --dport 9 -j REJECT --reject-with icmp6-port-unreachable",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "9:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_find",
          "loc": "9:23-28"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "9:30-36"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 9,
          "l4": "ip6_find",
          "loc": "9:30-38"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "9:1-9"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    },
    "text": "ip6tables -w -t filter -P INPUT ACCEPT",
    "loc": "7:1-38"
  }
}
