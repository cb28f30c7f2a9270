# masks written '<field>-mask MASK'
== input
flow-type tcp4 dst-ip 192.168.1.0 dst-ip-mask 0.0.0.255 src-port 40000 src-port-mask 0x00ff action 1
flow-type ether proto 0x8800 proto-mask 0x00ff dst 00:11:22:33:44:55 dst-mask ff:ff:ff:00:00:00
flow-type ip6 tclass 0x10 tclass-mask 0x0f l4proto 6 l4proto-mask 0
flow-type ah4 spi 0x1000 spi-mask 0xffff0000 action 2
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "4:1-9",
      "text": "flow-type ah4 spi 0x1000 spi-mask 0xffff0000 action 2",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "4:11-13"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 51,
                  "loc": "4:11-13"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:11-13"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:11-13"
                },
                {
                  "field": "ah_spi",
                  "op": "eq",
                  "value": "0x00001000",
                  "mask": "0x0000ffff",
                  "l4": "ip4",
                  "loc": "4:19-24"
                }
              ],
              "loc": "4:11-13"
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
                  "loc": "4:11-13"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "4:11-13"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 51,
                  "net_off": 18,
                  "loc": "4:11-13"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "4:11-13"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "4:11-13"
                },
                {
                  "field": "ah_spi",
                  "op": "eq",
                  "value": "0x00001000",
                  "mask": "0x0000ffff",
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "4:19-24"
                }
              ],
              "loc": "4:11-13"
            }
          ],
          "loc": "4:11-13"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 2,
        "loc": "4:46-53"
      }
    },
    {
      "loc": "3:1-9",
      "text": "flow-type ip6 tclass 0x10 tclass-mask 0x0f l4proto 6 l4proto-mask 0",
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
                  "value": "0x0010",
                  "mask": "0x00f0",
                  "loc": "3:22-25"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 6,
                  "loc": "3:52"
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
                  "value": "0x0010",
                  "mask": "0x00f0",
                  "net_off": 18,
                  "loc": "3:22-25"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 6,
                  "net_off": 18,
                  "loc": "3:52"
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
        "queue": 0
      }
    },
    {
      "loc": "2:1-9",
      "text": "flow-type ether proto 0x8800 proto-mask 0x00ff dst 00:11:22:33:44:55 dst-mask ff:ff:ff:00:00:00",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x8800",
                  "mask": "0xff00",
                  "loc": "2:23-28"
                },
                {
                  "field": "eth_dst",
                  "op": "eq",
                  "value": "00:00:00:33:44:55",
                  "mask": "00:00:00:ff:ff:ff",
                  "loc": "2:52-68"
                }
              ],
              "loc": "2:11-15"
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
                  "loc": "2:11-15"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x8800",
                  "mask": "0xff00",
                  "net_off": 18,
                  "loc": "2:23-28"
                },
                {
                  "field": "eth_dst",
                  "op": "eq",
                  "value": "00:00:00:33:44:55",
                  "mask": "00:00:00:ff:ff:ff",
                  "loc": "2:52-68"
                }
              ],
              "loc": "2:11-15"
            }
          ],
          "loc": "2:11-15"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 0
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type tcp4 dst-ip 192.168.1.0 dst-ip-mask 0.0.0.255 src-port 40000 src-port-mask 0x00ff action 1",
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
                  "field": "ip4_dst",
                  "op": "eq",
                  "value": "192.168.1.0",
                  "mask": "255.255.255.0",
                  "loc": "1:23-33"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 39936,
                  "mask": 65280,
                  "l4": "ip4",
                  "loc": "1:66-70"
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
                  "field": "ip4_dst",
                  "op": "eq",
                  "value": "192.168.1.0",
                  "mask": "255.255.255.0",
                  "net_off": 18,
                  "loc": "1:23-33"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 39936,
                  "mask": 65280,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:66-70"
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
        "queue": 1,
        "loc": "1:93-100"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
