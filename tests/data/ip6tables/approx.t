# --stateless-approx in ip6tables
== flags
stateless-approx
== input
ip6tables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables -A INPUT -p tcp -m conntrack --ctstate NEW --dport 443 -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp -m limit --limit 10/minute -j ACCEPT
ip6tables -A INPUT -j DROP
== warnings
<input>:1:33: warning: approximated: ESTABLISHED, RELATED are taken as true, so this rule accepts every packet its other matches let through (--stateless-approx)
    ip6tables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
                                    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
<input>:2:40: warning: approximated: '--ctstate NEW' is taken as a TCP SYN without ACK (--stateless-approx)
    ip6tables -A INPUT -p tcp -m conntrack --ctstate NEW --dport 443 -j ACCEPT
                                           ^~~~~~~~~~~~~
<input>:3:42: warning: approximated: '--limit 10/minute' is taken as no limit, every packet passes it (--stateless-approx)
    ip6tables -A INPUT -p ipv6-icmp -m limit --limit 10/minute -j ACCEPT
                                             ^~~~~~~~~~~~~~~~~
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
      "text": "ip6tables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:1-9"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -p tcp -m conntrack --ctstate NEW --dport 443 -j ACCEPT",
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
      "text": "ip6tables -A INPUT -p tcp -m conntrack --ctstate NEW --dport 443 -j ACCEPT",
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
          "value": 6,
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
              "loc": "2:40-48"
            },
            {
              "field": "ip6_find_room",
              "op": "range",
              "min": 0,
              "max": 19,
              "l4": "ip6_find",
              "loc": "2:40-48"
            }
          ],
          "loc": "2:40-48"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -p tcp -m conntrack --ctstate NEW --dport 443 -j ACCEPT",
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
          "value": 6,
          "l4": "ip6_find",
          "loc": "2:20-25"
        },
        {
          "field": "ip6_find_later",
          "op": "eq",
          "value": 0,
          "l4": "ip6_find",
          "loc": "2:40-48"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "mask": "0x0012",
          "l4": "ip6_find",
          "loc": "2:40-52"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 443,
          "l4": "ip6_find",
          "loc": "2:54-64"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -p ipv6-icmp -m limit --limit 10/minute -j ACCEPT",
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
      "text": "ip6tables -A INPUT -p ipv6-icmp -m limit --limit 10/minute -j ACCEPT",
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
      "text": "ip6tables -A INPUT -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "4:1-9"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-9"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
