# -s/-d: IPv6 addresses, /prefix (base 0), masks written as addresses (any
# bits), host bits cleared, ::/0 for any, lists as a cross-product, negation
== input
*filter
:INPUT ACCEPT [0:0]
-A INPUT -s 2001:db8::1/128 -j DROP
-A INPUT -s 2001:db8:1::5/0x40 -d 2001:db8:ff::/48 -j ACCEPT
-A INPUT -s fd00:1::7/ffff:0:ffff:: -j DROP
-A INPUT ! -d 2001:db8:ff::1 -j DROP
-A INPUT -s ::/0 -d ::/0 -p udp -j ACCEPT
-A INPUT -s fe80::1,2001:db8::10 -d 2001:db8:ff::1,2001:db8:ff::2 -j DROP
-A INPUT -s ::ffff:10.0.0.1 -j DROP
COMMIT
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
      "loc": "3:1-2",
      "text": "-A INPUT -s 2001:db8::1/128 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:1-2"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::1",
          "loc": "3:10-27"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-2"
      }
    },
    {
      "loc": "4:1-2",
      "text": "-A INPUT -s 2001:db8:1::5/0x40 -d 2001:db8:ff::/48 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "4:1-2"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8:1::",
          "mask": "ffff:ffff:ffff:ffff::",
          "loc": "4:10-30"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8:ff::",
          "mask": "ffff:ffff:ffff::",
          "loc": "4:32-50"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "4:1-2"
      }
    },
    {
      "loc": "5:1-2",
      "text": "-A INPUT -s fd00:1::7/ffff:0:ffff:: -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "5:1-2"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "fd00::",
          "mask": "ffff:0:ffff::",
          "loc": "5:10-35"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-2"
      }
    },
    {
      "loc": "6:1-2",
      "text": "-A INPUT ! -d 2001:db8:ff::1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "6:1-2"
        },
        {
          "not": {
            "field": "ip6_dst",
            "op": "eq",
            "value": "2001:db8:ff::1",
            "loc": "6:12-28"
          },
          "loc": "6:12-28"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-2"
      }
    },
    {
      "loc": "7:1-2",
      "text": "-A INPUT -s ::/0 -d ::/0 -p udp -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "7:1-2"
        },
        true,
        true,
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "7:26-31"
          },
          "loc": "7:26-31"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "7:1-2"
      }
    },
    {
      "loc": "7:1-2",
      "text": "-A INPUT -s ::/0 -d ::/0 -p udp -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "7:1-2"
        },
        true,
        true,
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_find",
          "loc": "7:26-31"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "7:1-2"
      }
    },
    {
      "loc": "8:1-2",
      "text": "-A INPUT -s fe80::1,2001:db8::10 -d 2001:db8:ff::1,2001:db8:ff::2 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "8:1-2"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "fe80::1",
          "loc": "8:10-32"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8:ff::1",
          "loc": "8:34-65"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "8:1-2"
      }
    },
    {
      "loc": "8:1-2",
      "text": "-A INPUT -s fe80::1,2001:db8::10 -d 2001:db8:ff::1,2001:db8:ff::2 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "8:1-2"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "fe80::1",
          "loc": "8:10-32"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8:ff::2",
          "loc": "8:34-65"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "8:1-2"
      }
    },
    {
      "loc": "8:1-2",
      "text": "-A INPUT -s fe80::1,2001:db8::10 -d 2001:db8:ff::1,2001:db8:ff::2 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "8:1-2"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::10",
          "loc": "8:10-32"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8:ff::1",
          "loc": "8:34-65"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "8:1-2"
      }
    },
    {
      "loc": "8:1-2",
      "text": "-A INPUT -s fe80::1,2001:db8::10 -d 2001:db8:ff::1,2001:db8:ff::2 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "8:1-2"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::10",
          "loc": "8:10-32"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8:ff::2",
          "loc": "8:34-65"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "8:1-2"
      }
    },
    {
      "loc": "9:1-2",
      "text": "-A INPUT -s ::ffff:10.0.0.1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "9:1-2"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "::ffff:10.0.0.1",
          "loc": "9:10-27"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "9:1-2"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    },
    "text": ":INPUT ACCEPT [0:0]",
    "loc": "2:1-13"
  }
}
