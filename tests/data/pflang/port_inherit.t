# a bare value repeats the qualifiers of the primitive before it
== input
tcp dst port 80 or 443
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-3",
      "text": "tcp dst port 80 or 443",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:14-15"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 6,
                  "loc": "1:14-15"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 80,
                  "l4": "ip6",
                  "loc": "1:14-15"
                }
              ],
              "loc": "1:14-15"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:14-15"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "1:14-15"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:14-15"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 80,
                  "l4": "ip4",
                  "loc": "1:14-15"
                }
              ],
              "loc": "1:14-15"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:20-22"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 6,
                  "loc": "1:20-22"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 443,
                  "l4": "ip6",
                  "loc": "1:20-22"
                }
              ],
              "loc": "1:20-22"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:20-22"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "1:20-22"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:20-22"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 443,
                  "l4": "ip4",
                  "loc": "1:20-22"
                }
              ],
              "loc": "1:20-22"
            }
          ],
          "loc": "1:14-15"
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
