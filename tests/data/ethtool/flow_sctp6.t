# sctp6: next header 132
== input
flow-type sctp6 src-port 12345 dst-port 80 action 7
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-9",
      "text": "flow-type sctp6 src-port 12345 dst-port 80 action 7",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:11-15"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 132,
                  "loc": "1:11-15"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 12345,
                  "l4": "ip6",
                  "loc": "1:26-30"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 80,
                  "l4": "ip6",
                  "loc": "1:41-42"
                }
              ],
              "loc": "1:11-15"
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
                  "loc": "1:11-15"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "1:11-15"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 132,
                  "net_off": 18,
                  "loc": "1:11-15"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 12345,
                  "net_off": 18,
                  "l4": "ip6",
                  "loc": "1:26-30"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 80,
                  "net_off": 18,
                  "l4": "ip6",
                  "loc": "1:41-42"
                }
              ],
              "loc": "1:11-15"
            }
          ],
          "loc": "1:11-15"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 7,
        "loc": "1:44-51"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
