# a port is tcp, udp or sctp, over IPv6 (no extension header) then IPv4 (first fragments)
== input
port 80
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-4",
      "text": "port 80",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:6-7"
                },
                {
                  "field": "ip6_next",
                  "op": "in",
                  "values": [
                    6,
                    17,
                    132
                  ],
                  "loc": "1:6-7"
                },
                {
                  "any": [
                    {
                      "field": "l4_sport",
                      "op": "eq",
                      "value": 80,
                      "l4": "ip6",
                      "loc": "1:6-7"
                    },
                    {
                      "field": "l4_dport",
                      "op": "eq",
                      "value": 80,
                      "l4": "ip6",
                      "loc": "1:6-7"
                    }
                  ],
                  "loc": "1:6-7"
                }
              ],
              "loc": "1:6-7"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:6-7"
                },
                {
                  "field": "ip4_proto",
                  "op": "in",
                  "values": [
                    6,
                    17,
                    132
                  ],
                  "loc": "1:6-7"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:6-7"
                },
                {
                  "any": [
                    {
                      "field": "l4_sport",
                      "op": "eq",
                      "value": 80,
                      "l4": "ip4",
                      "loc": "1:6-7"
                    },
                    {
                      "field": "l4_dport",
                      "op": "eq",
                      "value": 80,
                      "l4": "ip4",
                      "loc": "1:6-7"
                    }
                  ],
                  "loc": "1:6-7"
                }
              ],
              "loc": "1:6-7"
            }
          ],
          "loc": "1:6-7"
        }
      ],
      "action": {
        "type": "pass"
      }
    }
  ],
  "default": {
    "action": {
      "type": "drop"
    }
  }
}
