# frag finds the fragment header itself (ipv6_find_hdr(..., 44)): --fragid,
# --fragres, --fragfirst, --fragmore, --fraglast; --fraglen is read and, as
# in the kernel, not tested (a warning)
== input
ip6tables -A INPUT -m frag --fragid 0x1234 -j DROP
ip6tables -A INPUT -m frag --fragfirst --fragmore -p udp -j ACCEPT
ip6tables -A INPUT -m frag ! --fragid 5:10 --fraglast -j DROP
ip6tables -A INPUT -m frag --fragres -j ACCEPT
ip6tables -A INPUT -m frag --fraglen 8 -j DROP
== warnings
<input>:5:28: warning: '--fraglen' has no effect: the kernel's frag match never tests it
    ip6tables -A INPUT -m frag --fraglen 8 -j DROP
                               ^~~~~~~~~
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
      "text": "ip6tables -A INPUT -m frag --fragid 0x1234 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:1-9"
        },
        {
          "any": [
            {
              "field": "ip6_find_error",
              "op": "eq",
              "value": 1,
              "l4": "ip6_find_frag",
              "loc": "1:23-26"
            },
            {
              "all": [
                {
                  "field": "ip6_find_error",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_find_frag",
                  "loc": "1:23-26"
                },
                {
                  "field": "ip6_find_room",
                  "op": "range",
                  "min": 0,
                  "max": 7,
                  "l4": "ip6_find_frag",
                  "loc": "1:23-26"
                }
              ],
              "loc": "1:23-26"
            }
          ],
          "loc": "1:23-26"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "1:1-9",
      "text": "ip6tables -A INPUT -m frag --fragid 0x1234 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:1-9"
        },
        {
          "field": "ip6_find_error",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find_frag",
          "loc": "1:23-26"
        },
        {
          "field": "ip6_frag_id",
          "op": "eq",
          "value": "0x00001234",
          "l4": "ip6_find_frag",
          "loc": "1:28-42"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -m frag --fragfirst --fragmore -p udp -j ACCEPT",
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
            "loc": "2:51-56"
          },
          "loc": "2:51-56"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -m frag --fragfirst --fragmore -p udp -j ACCEPT",
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
          "value": 17,
          "l4": "ip6_find",
          "loc": "2:51-56"
        },
        {
          "any": [
            {
              "field": "ip6_find_error",
              "op": "eq",
              "value": 1,
              "l4": "ip6_find_frag",
              "loc": "2:23-26"
            },
            {
              "all": [
                {
                  "field": "ip6_find_error",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_find_frag",
                  "loc": "2:23-26"
                },
                {
                  "field": "ip6_find_room",
                  "op": "range",
                  "min": 0,
                  "max": 7,
                  "l4": "ip6_find_frag",
                  "loc": "2:23-26"
                }
              ],
              "loc": "2:23-26"
            }
          ],
          "loc": "2:23-26"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -m frag --fragfirst --fragmore -p udp -j ACCEPT",
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
          "value": 17,
          "l4": "ip6_find",
          "loc": "2:51-56"
        },
        {
          "field": "ip6_find_error",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find_frag",
          "loc": "2:23-26"
        },
        {
          "field": "ip6_frag_off",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find_frag",
          "loc": "2:28-38"
        },
        {
          "field": "ip6_frag_mf",
          "op": "eq",
          "value": 1,
          "l4": "ip6_find_frag",
          "loc": "2:40-49"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -m frag ! --fragid 5:10 --fraglast -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:1-9"
        },
        {
          "any": [
            {
              "field": "ip6_find_error",
              "op": "eq",
              "value": 1,
              "l4": "ip6_find_frag",
              "loc": "3:23-26"
            },
            {
              "all": [
                {
                  "field": "ip6_find_error",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_find_frag",
                  "loc": "3:23-26"
                },
                {
                  "field": "ip6_find_room",
                  "op": "range",
                  "min": 0,
                  "max": 7,
                  "l4": "ip6_find_frag",
                  "loc": "3:23-26"
                }
              ],
              "loc": "3:23-26"
            }
          ],
          "loc": "3:23-26"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -m frag ! --fragid 5:10 --fraglast -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:1-9"
        },
        {
          "field": "ip6_find_error",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find_frag",
          "loc": "3:23-26"
        },
        {
          "not": {
            "field": "ip6_frag_id",
            "op": "range",
            "min": "0x00000005",
            "max": "0x0000000a",
            "l4": "ip6_find_frag",
            "loc": "3:30-42"
          },
          "loc": "3:30-42"
        },
        {
          "field": "ip6_frag_mf",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find_frag",
          "loc": "3:44-53"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "4:1-9",
      "text": "ip6tables -A INPUT -m frag --fragres -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "4:1-9"
        },
        {
          "any": [
            {
              "field": "ip6_find_error",
              "op": "eq",
              "value": 1,
              "l4": "ip6_find_frag",
              "loc": "4:23-26"
            },
            {
              "all": [
                {
                  "field": "ip6_find_error",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_find_frag",
                  "loc": "4:23-26"
                },
                {
                  "field": "ip6_find_room",
                  "op": "range",
                  "min": 0,
                  "max": 7,
                  "l4": "ip6_find_frag",
                  "loc": "4:23-26"
                }
              ],
              "loc": "4:23-26"
            }
          ],
          "loc": "4:23-26"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-9"
      }
    },
    {
      "loc": "4:1-9",
      "text": "ip6tables -A INPUT -m frag --fragres -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "4:1-9"
        },
        {
          "field": "ip6_find_error",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find_frag",
          "loc": "4:23-26"
        },
        {
          "field": "l4_data",
          "op": "eq",
          "value": "0x00000000",
          "mask": "0x00ff0006",
          "l4": "ip6_find_frag",
          "loc": "4:28-36"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "4:1-9"
      }
    },
    {
      "loc": "5:1-9",
      "text": "ip6tables -A INPUT -m frag --fraglen 8 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "5:1-9"
        },
        {
          "any": [
            {
              "field": "ip6_find_error",
              "op": "eq",
              "value": 1,
              "l4": "ip6_find_frag",
              "loc": "5:23-26"
            },
            {
              "all": [
                {
                  "field": "ip6_find_error",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_find_frag",
                  "loc": "5:23-26"
                },
                {
                  "field": "ip6_find_room",
                  "op": "range",
                  "min": 0,
                  "max": 7,
                  "l4": "ip6_find_frag",
                  "loc": "5:23-26"
                }
              ],
              "loc": "5:23-26"
            }
          ],
          "loc": "5:23-26"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-9"
      }
    },
    {
      "loc": "5:1-9",
      "text": "ip6tables -A INPUT -m frag --fraglen 8 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "5:1-9"
        },
        {
          "field": "ip6_find_error",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find_frag",
          "loc": "5:23-26"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-9"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
