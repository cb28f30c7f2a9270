# ip4 (IPV4_USER_FLOW): addresses, tos and l4proto; no fragment test without an L4 field
== input
flow-type ip4 src-ip 192.168.1.100 dst-ip 10.0.0.1 action 2
flow-type ip4 tos 0xb8 l4proto 17 action -1
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "2:1-9",
      "text": "flow-type ip4 tos 0xb8 l4proto 17 action -1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "2:11-13"
                },
                {
                  "field": "ip4_tos",
                  "op": "eq",
                  "value": "0xb8",
                  "loc": "2:19-22"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "loc": "2:32-33"
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
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "2:11-13"
                },
                {
                  "field": "ip4_tos",
                  "op": "eq",
                  "value": "0xb8",
                  "net_off": 18,
                  "loc": "2:19-22"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "net_off": 18,
                  "loc": "2:32-33"
                }
              ],
              "loc": "2:11-13"
            }
          ],
          "loc": "2:11-13"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:35-43"
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type ip4 src-ip 192.168.1.100 dst-ip 10.0.0.1 action 2",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:11-13"
                },
                {
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "192.168.1.100",
                  "loc": "1:22-34"
                },
                {
                  "field": "ip4_dst",
                  "op": "eq",
                  "value": "10.0.0.1",
                  "loc": "1:43-50"
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
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "1:11-13"
                },
                {
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "192.168.1.100",
                  "net_off": 18,
                  "loc": "1:22-34"
                },
                {
                  "field": "ip4_dst",
                  "op": "eq",
                  "value": "10.0.0.1",
                  "net_off": 18,
                  "loc": "1:43-50"
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
        "loc": "1:52-59"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
