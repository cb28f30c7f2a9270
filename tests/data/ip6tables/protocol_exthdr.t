# -p of an extension header that ipv6_find_hdr() skips never matches: a
# warning, as ip6tables gives (but not when negated)
== input
ip6tables -A INPUT -p ah -j DROP
ip6tables -A INPUT ! -p ipv6-frag -j ACCEPT
ip6tables -A INPUT -p 60 -j DROP
== warnings
<input>:1:23: warning: '-p ah' never matches: ip6tables skips that extension header to find the protocol (use its match instead)
    ip6tables -A INPUT -p ah -j DROP
                          ^~
<input>:3:23: warning: '-p 60' never matches: ip6tables skips that extension header to find the protocol (use its match instead)
    ip6tables -A INPUT -p 60 -j DROP
                          ^~
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
      "text": "ip6tables -A INPUT -p ah -j DROP",
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
            "loc": "1:20-24"
          },
          "loc": "1:20-24"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "1:1-9",
      "text": "ip6tables -A INPUT -p ah -j DROP",
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
          "value": 51,
          "l4": "ip6_find",
          "loc": "1:20-24"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT ! -p ipv6-frag -j ACCEPT",
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
            "loc": "2:22-33"
          },
          "loc": "2:22-33"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT ! -p ipv6-frag -j ACCEPT",
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
          "l4": "ip6_find",
          "loc": "2:22-33"
        },
        {
          "not": {
            "field": "ip6_find_proto",
            "op": "eq",
            "value": 44,
            "l4": "ip6_find",
            "loc": "2:22-33"
          },
          "loc": "2:22-33"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -p 60 -j DROP",
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
            "loc": "3:20-24"
          },
          "loc": "3:20-24"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -p 60 -j DROP",
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
          "value": 60,
          "l4": "ip6_find",
          "loc": "3:20-24"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-9"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
