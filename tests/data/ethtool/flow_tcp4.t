# tcp4: protocol 6 and not a fragment, every field
== input
flow-type tcp4 src-ip 192.168.1.1 dst-ip 10.0.0.1 tos 0x10 src-port 40000 dst-port 22 action 3
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-9",
      "text": "flow-type tcp4 src-ip 192.168.1.1 dst-ip 10.0.0.1 tos 0x10 src-port 40000 dst-port 22 action 3",
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
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "192.168.1.1",
                  "loc": "1:23-33"
                },
                {
                  "field": "ip4_dst",
                  "op": "eq",
                  "value": "10.0.0.1",
                  "loc": "1:42-49"
                },
                {
                  "field": "ip4_tos",
                  "op": "eq",
                  "value": "0x10",
                  "loc": "1:55-58"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 40000,
                  "l4": "ip4",
                  "loc": "1:69-73"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 22,
                  "l4": "ip4",
                  "loc": "1:84-85"
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
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "192.168.1.1",
                  "net_off": 18,
                  "loc": "1:23-33"
                },
                {
                  "field": "ip4_dst",
                  "op": "eq",
                  "value": "10.0.0.1",
                  "net_off": 18,
                  "loc": "1:42-49"
                },
                {
                  "field": "ip4_tos",
                  "op": "eq",
                  "value": "0x10",
                  "net_off": 18,
                  "loc": "1:55-58"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 40000,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:69-73"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 22,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:84-85"
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
        "queue": 3,
        "loc": "1:87-94"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
