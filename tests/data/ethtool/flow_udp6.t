# udp6: next header 17
== input
flow-type udp6 dst-ip 2001:db8::2 dst-port 53 action -1
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-9",
      "text": "flow-type udp6 dst-ip 2001:db8::2 dst-port 53 action -1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:11-14"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 17,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip6_dst",
                  "op": "eq",
                  "value": "2001:db8::2",
                  "loc": "1:23-33"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 53,
                  "l4": "ip6",
                  "loc": "1:44-45"
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
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 17,
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip6_dst",
                  "op": "eq",
                  "value": "2001:db8::2",
                  "net_off": 18,
                  "loc": "1:23-33"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 53,
                  "net_off": 18,
                  "l4": "ip6",
                  "loc": "1:44-45"
                }
              ],
              "loc": "1:11-14"
            }
          ],
          "loc": "1:11-14"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:47-55"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
