# multiport on IPv6: hot-drop under the 4 bytes of ports
== input
ip6tables -A INPUT -p tcp -m multiport --dports 22,80,8000:8100 -j ACCEPT
ip6tables -A INPUT -p udp -m multiport ! --ports 53,123 -j DROP
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
      "text": "ip6tables -A INPUT -p tcp -m multiport --dports 22,80,8000:8100 -j ACCEPT",
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
      "text": "ip6tables -A INPUT -p tcp -m multiport --dports 22,80,8000:8100 -j ACCEPT",
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
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "1:30-38"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 3,
              "l4": "ip6_find",
              "loc": "1:30-38"
            }
          ],
          "loc": "1:30-38"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "1:1-9",
      "text": "ip6tables -A INPUT -p tcp -m multiport --dports 22,80,8000:8100 -j ACCEPT",
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
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "1:30-38"
        },
        {
          "any": [
            {
              "field": "l4_dport",
              "op": "eq",
              "value": 22,
              "l4": "ip6_find",
              "loc": "1:40-63"
            },
            {
              "field": "l4_dport",
              "op": "eq",
              "value": 80,
              "l4": "ip6_find",
              "loc": "1:40-63"
            },
            {
              "field": "l4_dport",
              "op": "range",
              "min": 8000,
              "max": 8100,
              "l4": "ip6_find",
              "loc": "1:40-63"
            }
          ],
          "loc": "1:40-63"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -p udp -m multiport ! --ports 53,123 -j DROP",
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
            "loc": "2:20-25"
          },
          "loc": "2:20-25"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -p udp -m multiport ! --ports 53,123 -j DROP",
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
          "loc": "2:20-25"
        },
        {
          "all": [
            {
              "field": "ip6_find_later",
              "op": "eq",
              "value": 0,
              "l4": "ip6_find",
              "loc": "2:30-38"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 3,
              "l4": "ip6_find",
              "loc": "2:30-38"
            }
          ],
          "loc": "2:30-38"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -p udp -m multiport ! --ports 53,123 -j DROP",
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
          "loc": "2:20-25"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "2:30-38"
        },
        {
          "not": {
            "any": [
              {
                "field": "l4_dport",
                "op": "eq",
                "value": 53,
                "l4": "ip6_find",
                "loc": "2:42-55"
              },
              {
                "field": "l4_dport",
                "op": "eq",
                "value": 123,
                "l4": "ip6_find",
                "loc": "2:42-55"
              },
              {
                "field": "l4_sport",
                "op": "eq",
                "value": 53,
                "l4": "ip6_find",
                "loc": "2:42-55"
              },
              {
                "field": "l4_sport",
                "op": "eq",
                "value": 123,
                "l4": "ip6_find",
                "loc": "2:42-55"
              }
            ],
            "loc": "2:42-55"
          },
          "loc": "2:42-55"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
