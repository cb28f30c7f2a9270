# esp needs -p esp and reads -p's header; ip6tables' ah finds the AH header
# itself (ipv6_find_hdr(..., 51)): a chain cut short or fewer than 12 bytes
# of AH hot-drop; --ahlen is the header's length in bytes, --ahres its
# reserved field; reversed SPI ranges never match
== input
ip6tables -A INPUT -p esp -m esp --espspi 256:511 -j ACCEPT
ip6tables -A INPUT -m ah --ahspi 7 -j DROP
ip6tables -A INPUT -m ah --ahspi 0x1000: --ahlen 24 --ahres -j ACCEPT
ip6tables -A INPUT -m ah ! --ahlen 12 -j DROP
ip6tables -A INPUT -p tcp -m ah ! --ahspi 10:5 -j ACCEPT
ip6tables -A INPUT -m ah --ahlen 0 -j ACCEPT
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
      "text": "ip6tables -A INPUT -p esp -m esp --espspi 256:511 -j ACCEPT",
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
      "text": "ip6tables -A INPUT -p esp -m esp --espspi 256:511 -j ACCEPT",
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
          "value": 50,
          "l4": "ip6_find",
          "loc": "1:20-25"
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "1:30-32"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 7,
              "l4": "ip6_find",
              "loc": "1:30-32"
            }
          ],
          "loc": "1:30-32"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "1:1-9",
      "text": "ip6tables -A INPUT -p esp -m esp --espspi 256:511 -j ACCEPT",
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
          "value": 50,
          "l4": "ip6_find",
          "loc": "1:20-25"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "1:30-32"
        },
        {
          "field": "esp_spi",
          "op": "range",
          "min": "0x00000100",
          "max": "0x000001ff",
          "l4": "ip6_find",
          "loc": "1:34-49"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -m ah --ahspi 7 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "2:1-9"
        },
        {
          "any": [
            {
              "field": "ip6_find_error",
              "op": "eq",
              "value": 1,
              "l4": "ip6_find_ah",
              "loc": "2:23-24"
            },
            {
              "all": [
                {
                  "field": "ip6_find_error",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_find_ah",
                  "loc": "2:23-24"
                },
                {
                  "field": "ip6_find_room",
                  "op": "range",
                  "min": 0,
                  "max": 11,
                  "l4": "ip6_find_ah",
                  "loc": "2:23-24"
                }
              ],
              "loc": "2:23-24"
            }
          ],
          "loc": "2:23-24"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -m ah --ahspi 7 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "2:1-9"
        },
        {
          "field": "ip6_find_error",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find_ah",
          "loc": "2:23-24"
        },
        {
          "field": "ah_spi",
          "op": "eq",
          "value": "0x00000007",
          "l4": "ip6_find_ah",
          "loc": "2:26-34"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -m ah --ahspi 0x1000: --ahlen 24 --ahres -j ACCEPT",
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
              "l4": "ip6_find_ah",
              "loc": "3:23-24"
            },
            {
              "all": [
                {
                  "field": "ip6_find_error",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_find_ah",
                  "loc": "3:23-24"
                },
                {
                  "field": "ip6_find_room",
                  "op": "range",
                  "min": 0,
                  "max": 11,
                  "l4": "ip6_find_ah",
                  "loc": "3:23-24"
                }
              ],
              "loc": "3:23-24"
            }
          ],
          "loc": "3:23-24"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -m ah --ahspi 0x1000: --ahlen 24 --ahres -j ACCEPT",
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
          "l4": "ip6_find_ah",
          "loc": "3:23-24"
        },
        {
          "field": "ah_spi",
          "op": "range",
          "min": "0x00001000",
          "max": "0xffffffff",
          "l4": "ip6_find_ah",
          "loc": "3:26-40"
        },
        {
          "field": "ah_len",
          "op": "eq",
          "value": 4,
          "l4": "ip6_find_ah",
          "loc": "3:42-51"
        },
        {
          "field": "l4_data",
          "op": "eq",
          "value": "0x00000000",
          "mask": "0x0000ffff",
          "l4": "ip6_find_ah",
          "loc": "3:53-59"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "4:1-9",
      "text": "ip6tables -A INPUT -m ah ! --ahlen 12 -j DROP",
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
              "l4": "ip6_find_ah",
              "loc": "4:23-24"
            },
            {
              "all": [
                {
                  "field": "ip6_find_error",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_find_ah",
                  "loc": "4:23-24"
                },
                {
                  "field": "ip6_find_room",
                  "op": "range",
                  "min": 0,
                  "max": 11,
                  "l4": "ip6_find_ah",
                  "loc": "4:23-24"
                }
              ],
              "loc": "4:23-24"
            }
          ],
          "loc": "4:23-24"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-9"
      }
    },
    {
      "loc": "4:1-9",
      "text": "ip6tables -A INPUT -m ah ! --ahlen 12 -j DROP",
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
          "l4": "ip6_find_ah",
          "loc": "4:23-24"
        },
        {
          "not": {
            "field": "ah_len",
            "op": "eq",
            "value": 1,
            "l4": "ip6_find_ah",
            "loc": "4:28-37"
          },
          "loc": "4:28-37"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-9"
      }
    },
    {
      "loc": "5:1-9",
      "text": "ip6tables -A INPUT -p tcp -m ah ! --ahspi 10:5 -j ACCEPT",
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
      "text": "ip6tables -A INPUT -p tcp -m ah ! --ahspi 10:5 -j ACCEPT",
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
          "any": [
            {
              "field": "ip6_find_error",
              "op": "eq",
              "value": 1,
              "l4": "ip6_find_ah",
              "loc": "5:30-31"
            },
            {
              "all": [
                {
                  "field": "ip6_find_error",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_find_ah",
                  "loc": "5:30-31"
                },
                {
                  "field": "ip6_find_room",
                  "op": "range",
                  "min": 0,
                  "max": 11,
                  "l4": "ip6_find_ah",
                  "loc": "5:30-31"
                }
              ],
              "loc": "5:30-31"
            }
          ],
          "loc": "5:30-31"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-9"
      }
    },
    {
      "loc": "5:1-9",
      "text": "ip6tables -A INPUT -p tcp -m ah ! --ahspi 10:5 -j ACCEPT",
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
          "field": "ip6_find_error",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find_ah",
          "loc": "5:30-31"
        },
        {
          "not": false,
          "loc": "5:35-46"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "5:1-9"
      }
    },
    {
      "loc": "6:1-9",
      "text": "ip6tables -A INPUT -m ah --ahlen 0 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "6:1-9"
        },
        {
          "any": [
            {
              "field": "ip6_find_error",
              "op": "eq",
              "value": 1,
              "l4": "ip6_find_ah",
              "loc": "6:23-24"
            },
            {
              "all": [
                {
                  "field": "ip6_find_error",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_find_ah",
                  "loc": "6:23-24"
                },
                {
                  "field": "ip6_find_room",
                  "op": "range",
                  "min": 0,
                  "max": 11,
                  "l4": "ip6_find_ah",
                  "loc": "6:23-24"
                }
              ],
              "loc": "6:23-24"
            }
          ],
          "loc": "6:23-24"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-9"
      }
    },
    {
      "loc": "6:1-9",
      "text": "ip6tables -A INPUT -m ah --ahlen 0 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "6:1-9"
        },
        {
          "field": "ip6_find_error",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find_ah",
          "loc": "6:23-24"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "6:1-9"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
