# the largest value of every width
== input
flow-type tcp4 tos 255 src-port 65535 dst-port 0xffff action 4294967295
flow-type esp4 spi 0xffffffff vf 254 queue 4294967295
flow-type ip6 tclass 0377 l4proto 255 context 4294967294 loc 2147483647
flow-type ether proto 0xffff vlan 0xffff vlan-etype 0x88a8
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "3:1-9",
      "text": "flow-type ip6 tclass 0377 l4proto 255 context 4294967294 loc 2147483647",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "3:11-13"
                },
                {
                  "field": "ip6_tclass",
                  "op": "eq",
                  "value": "0x00ff",
                  "loc": "3:22-25"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 255,
                  "loc": "3:35-37"
                }
              ],
              "loc": "3:11-13"
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
                  "loc": "3:11-13"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "3:11-13"
                },
                {
                  "field": "ip6_tclass",
                  "op": "eq",
                  "value": "0x00ff",
                  "net_off": 18,
                  "loc": "3:22-25"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 255,
                  "net_off": 18,
                  "loc": "3:35-37"
                }
              ],
              "loc": "3:11-13"
            }
          ],
          "loc": "3:11-13"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 0,
        "context": 4294967294,
        "loc": "3:39-56"
      }
    },
    {
      "loc": "4:1-9",
      "text": "flow-type ether proto 0xffff vlan 0xffff vlan-etype 0x88a8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x88a8",
          "loc": "4:53-58"
        },
        {
          "field": "vlan_tci",
          "op": "eq",
          "value": "0xffff",
          "loc": "4:35-40"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0xffff",
          "net_off": 18,
          "loc": "4:23-28"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 0
      }
    },
    {
      "loc": "2:1-9",
      "text": "flow-type esp4 spi 0xffffffff vf 254 queue 4294967295",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "2:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 50,
                  "loc": "2:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "2:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "2:11-14"
                },
                {
                  "field": "esp_spi",
                  "op": "eq",
                  "value": "0xffffffff",
                  "l4": "ip4",
                  "loc": "2:20-29"
                }
              ],
              "loc": "2:11-14"
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
                  "loc": "2:11-14"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "2:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 50,
                  "net_off": 18,
                  "loc": "2:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "2:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "2:11-14"
                },
                {
                  "field": "esp_spi",
                  "op": "eq",
                  "value": "0xffffffff",
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "2:20-29"
                }
              ],
              "loc": "2:11-14"
            }
          ],
          "loc": "2:11-14"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 4294967295,
        "vf": 254,
        "loc": "2:31-53"
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type tcp4 tos 255 src-port 65535 dst-port 0xffff action 4294967295",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_tos",
                  "op": "eq",
                  "value": "0xff",
                  "loc": "1:20-22"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 65535,
                  "l4": "ip4",
                  "loc": "1:33-37"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 65535,
                  "l4": "ip4",
                  "loc": "1:48-53"
                }
              ],
              "loc": "1:11-14"
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
                  "loc": "1:11-14"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip4_tos",
                  "op": "eq",
                  "value": "0xff",
                  "net_off": 18,
                  "loc": "1:20-22"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 65535,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:33-37"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 65535,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:48-53"
                }
              ],
              "loc": "1:11-14"
            }
          ],
          "loc": "1:11-14"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 4294967295,
        "loc": "1:55-71"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
