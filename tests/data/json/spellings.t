# other spellings read back as the canonical IR: numbers as strings, hex fields as integers, long IPv6, upper-case MAC, spelled-out defaults, keys in any order
== input
{
  "default": {"action": {"type": "queue", "queue": 7}},
  "rules": [
    {"action": {"loc": "1:20-20", "type": "drop"},
     "match": [
       {"value": 2048, "op": "eq", "field": "eth_type", "net_off": 14, "l4": "none"},
       {"field": "ip4_proto", "op": "eq", "value": "0x11", "mask": 255},
       {"field": "l4_dport", "op": "in", "values": ["53", 5353, "0x14eb"], "l4": "ip4"},
       {"field": "eth_src", "op": "eq", "value": "AA:BB:CC:DD:EE:FF", "mask": "FF:FF:FF:FF:FF:FF"}
     ]},
    {"match": [
       {"field": "eth_type", "op": "eq", "value": "0x86DD"},
       {"field": "ip6_src", "op": "eq", "value": "2001:0db8:0000:0000:0000:0000:0000:0001"},
       {"field": "ip6_flow", "op": "eq", "value": 1}
     ], "action": {"type": "queue", "queue": 0, "vf": 0}}
  ],
  "source": "rules.txt", "syntax": "ethtool", "kefir": 1
}
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "rules.txt",
  "rules": [
    {
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17
        },
        {
          "field": "l4_dport",
          "op": "in",
          "values": [
            53,
            5353,
            5355
          ],
          "l4": "ip4"
        },
        {
          "field": "eth_src",
          "op": "eq",
          "value": "aa:bb:cc:dd:ee:ff"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:20"
      }
    },
    {
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::1"
        },
        {
          "field": "ip6_flow",
          "op": "eq",
          "value": "0x00000001"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 0,
        "vf": 0
      }
    }
  ],
  "default": {
    "action": {
      "type": "queue",
      "queue": 7
    }
  }
}
