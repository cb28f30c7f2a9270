# matches of the IPv6 header: iprange, length (payload length + 40), hl,
# tos/dscp/ecn on the traffic class, mac, comment
== input
ip6tables -A INPUT -m iprange --src-range 2001:db8::1-2001:db8::10 -j DROP
ip6tables -A INPUT -m iprange ! --dst-range 2001:db8:ff::-2001:db8:ff::ff -j DROP
ip6tables -A INPUT -m length --length 60:100 -j ACCEPT
ip6tables -A INPUT -m length ! --length 0:39 -m hl --hl-eq 1 -j DROP
ip6tables -A INPUT -m hl --hl-gt 200 -j ACCEPT
ip6tables -A INPUT -m hl ! --hl-eq 64 -m hl --hl-lt 11 -j DROP
ip6tables -A INPUT -m tos --tos 0x10 -j ACCEPT
ip6tables -A INPUT -m dscp --dscp-class EF -j DROP
ip6tables -A INPUT -m ecn --ecn-ip-ect 3 -j DROP
ip6tables -A INPUT -m mac --mac-source 66:77:88:99:aa:bb -m comment --comment "from the generator" -p udp -j ACCEPT
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
      "text": "ip6tables -A INPUT -m iprange --src-range 2001:db8::1-2001:db8::10 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:1-9"
        },
        {
          "field": "ip6_src",
          "op": "range",
          "min": "2001:db8::1",
          "max": "2001:db8::10",
          "loc": "1:31-66"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -m iprange ! --dst-range 2001:db8:ff::-2001:db8:ff::ff -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "2:1-9"
        },
        {
          "not": {
            "field": "ip6_dst",
            "op": "range",
            "min": "2001:db8:ff::",
            "max": "2001:db8:ff::ff",
            "loc": "2:33-73"
          },
          "loc": "2:33-73"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -m length --length 60:100 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:1-9"
        },
        {
          "field": "ip6_plen",
          "op": "range",
          "min": 20,
          "max": 60,
          "loc": "3:30-44"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "4:1-9",
      "text": "ip6tables -A INPUT -m length ! --length 0:39 -m hl --hl-eq 1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "4:1-9"
        },
        {
          "not": false,
          "loc": "4:32-44"
        },
        {
          "field": "ip6_hlim",
          "op": "eq",
          "value": 1,
          "loc": "4:52-60"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-9"
      }
    },
    {
      "loc": "5:1-9",
      "text": "ip6tables -A INPUT -m hl --hl-gt 200 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "5:1-9"
        },
        {
          "field": "ip6_hlim",
          "op": "range",
          "min": 201,
          "max": 255,
          "loc": "5:26-36"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "5:1-9"
      }
    },
    {
      "loc": "6:1-9",
      "text": "ip6tables -A INPUT -m hl ! --hl-eq 64 -m hl --hl-lt 11 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "6:1-9"
        },
        {
          "not": {
            "field": "ip6_hlim",
            "op": "eq",
            "value": 64,
            "loc": "6:28-37"
          },
          "loc": "6:28-37"
        },
        {
          "field": "ip6_hlim",
          "op": "range",
          "min": 0,
          "max": 10,
          "loc": "6:45-54"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-9"
      }
    },
    {
      "loc": "7:1-9",
      "text": "ip6tables -A INPUT -m tos --tos 0x10 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "7:1-9"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0010",
          "loc": "7:27-36"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "7:1-9"
      }
    },
    {
      "loc": "8:1-9",
      "text": "ip6tables -A INPUT -m dscp --dscp-class EF -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "8:1-9"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x00b8",
          "mask": "0x00fc",
          "loc": "8:28-42"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "8:1-9"
      }
    },
    {
      "loc": "9:1-9",
      "text": "ip6tables -A INPUT -m ecn --ecn-ip-ect 3 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "9:1-9"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0003",
          "mask": "0x0003",
          "loc": "9:27-40"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "9:1-9"
      }
    },
    {
      "loc": "10:1-9",
      "text": "ip6tables -A INPUT -m mac --mac-source 66:77:88:99:aa:bb -m comment --comment \"from the generator\" -p udp -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "10:1-9"
        },
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "10:100-105"
          },
          "loc": "10:100-105"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "10:1-9"
      }
    },
    {
      "loc": "10:1-9",
      "text": "ip6tables -A INPUT -m mac --mac-source 66:77:88:99:aa:bb -m comment --comment \"from the generator\" -p udp -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "10:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_find",
          "loc": "10:100-105"
        },
        {
          "field": "eth_src",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "10:27-56"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "10:1-9"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
