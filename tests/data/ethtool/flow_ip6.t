# ip6 (IPV6_USER_FLOW): addresses, tclass, l4proto (the next header)
== input
flow-type ip6 src-ip 2001:db8::1 dst-ip 2001:db8::2 tclass 0xb8 l4proto 58 action 2
flow-type ip6 dst-ip fe80::1
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "2:1-9",
      "text": "flow-type ip6 dst-ip fe80::1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "2:11-13"
                },
                {
                  "field": "ip6_dst",
                  "op": "eq",
                  "value": "fe80::1",
                  "loc": "2:22-28"
                }
              ],
              "loc": "2:11-13"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "in",
                  "values": [
                    "0x8100",
                    "0x88a8"
                  ],
                  "loc": "2:11-13"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "2:11-13"
                },
                {
                  "field": "ip6_dst",
                  "op": "eq",
                  "value": "fe80::1",
                  "net_off": 18,
                  "loc": "2:22-28"
                }
              ],
              "loc": "2:11-13"
            }
          ],
          "loc": "2:11-13"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 0
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type ip6 src-ip 2001:db8::1 dst-ip 2001:db8::2 tclass 0xb8 l4proto 58 action 2",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:11-13"
                },
                {
                  "field": "ip6_src",
                  "op": "eq",
                  "value": "2001:db8::1",
                  "loc": "1:22-32"
                },
                {
                  "field": "ip6_dst",
                  "op": "eq",
                  "value": "2001:db8::2",
                  "loc": "1:41-51"
                },
                {
                  "field": "ip6_tclass",
                  "op": "eq",
                  "value": "0x00b8",
                  "loc": "1:60-63"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 58,
                  "loc": "1:73-74"
                }
              ],
              "loc": "1:11-13"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "in",
                  "values": [
                    "0x8100",
                    "0x88a8"
                  ],
                  "loc": "1:11-13"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "1:11-13"
                },
                {
                  "field": "ip6_src",
                  "op": "eq",
                  "value": "2001:db8::1",
                  "net_off": 18,
                  "loc": "1:22-32"
                },
                {
                  "field": "ip6_dst",
                  "op": "eq",
                  "value": "2001:db8::2",
                  "net_off": 18,
                  "loc": "1:41-51"
                },
                {
                  "field": "ip6_tclass",
                  "op": "eq",
                  "value": "0x00b8",
                  "net_off": 18,
                  "loc": "1:60-63"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 58,
                  "net_off": 18,
                  "loc": "1:73-74"
                }
              ],
              "loc": "1:11-13"
            }
          ],
          "loc": "1:11-13"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 2,
        "loc": "1:76-83"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
