# -p is the header ipv6_find_hdr() finds after the extension headers; a chain
# it cannot walk hot-drops (a rule of its own before the rule), a later
# fragment has its fragment header's next header as protocol
== input
ip6tables -A INPUT -p tcp -j ACCEPT
ip6tables -A INPUT ! -p udp -s 2001:db8::1 -j DROP
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
ip6tables -A INPUT -p 59 -j DROP
ip6tables -A INPUT -p ESP -j ACCEPT
ip6tables -A INPUT -p all -d 2001:db8:ff::1 -j DROP
ip6tables -A INPUT -p 0x11 -j ACCEPT
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
      "text": "ip6tables -A INPUT -p tcp -j ACCEPT",
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
            "loc": "1:20-25"
          },
          "loc": "1:20-25"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "1:1-9",
      "text": "ip6tables -A INPUT -p tcp -j ACCEPT",
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
          "value": 6,
          "l4": "ip6_find",
          "loc": "1:20-25"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT ! -p udp -s 2001:db8::1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "2:1-9"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::1",
          "loc": "2:29-42"
        },
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "2:22-27"
          },
          "loc": "2:22-27"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT ! -p udp -s 2001:db8::1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "2:1-9"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::1",
          "loc": "2:29-42"
        },
        {
          "field": "ip6_find_error",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "2:22-27"
        },
        {
          "not": {
            "field": "ip6_find_proto",
            "op": "eq",
            "value": 17,
            "l4": "ip6_find",
            "loc": "2:22-27"
          },
          "loc": "2:22-27"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -p ipv6-icmp -j ACCEPT",
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
            "loc": "3:20-31"
          },
          "loc": "3:20-31"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -p ipv6-icmp -j ACCEPT",
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
          "loc": "3:20-31"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "4:1-9",
      "text": "ip6tables -A INPUT -p 59 -j DROP",
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
            "loc": "4:20-24"
          },
          "loc": "4:20-24"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-9"
      }
    },
    {
      "loc": "4:1-9",
      "text": "ip6tables -A INPUT -p 59 -j DROP",
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
          "value": 59,
          "l4": "ip6_find",
          "loc": "4:20-24"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-9"
      }
    },
    {
      "loc": "5:1-9",
      "text": "ip6tables -A INPUT -p ESP -j ACCEPT",
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
      "text": "ip6tables -A INPUT -p ESP -j ACCEPT",
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
          "value": 50,
          "l4": "ip6_find",
          "loc": "5:20-25"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "5:1-9"
      }
    },
    {
      "loc": "6:1-9",
      "text": "ip6tables -A INPUT -p all -d 2001:db8:ff::1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "6:1-9"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8:ff::1",
          "loc": "6:27-43"
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
      "text": "ip6tables -A INPUT -p all -d 2001:db8:ff::1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "6:1-9"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8:ff::1",
          "loc": "6:27-43"
        },
        {
          "field": "ip6_find_error",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "6:20-25"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-9"
      }
    },
    {
      "loc": "7:1-9",
      "text": "ip6tables -A INPUT -p 0x11 -j ACCEPT",
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
            "loc": "7:20-26"
          },
          "loc": "7:20-26"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "7:1-9"
      }
    },
    {
      "loc": "7:1-9",
      "text": "ip6tables -A INPUT -p 0x11 -j ACCEPT",
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
          "value": 17,
          "l4": "ip6_find",
          "loc": "7:20-26"
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
