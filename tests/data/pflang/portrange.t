# a reversed range is swapped, as libpcap does
== input
udp portrange 200-100
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-3",
      "text": "udp portrange 200-100",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:15-21"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 17,
                  "loc": "1:15-21"
                },
                {
                  "any": [
                    {
                      "field": "l4_sport",
                      "op": "range",
                      "min": 100,
                      "max": 200,
                      "l4": "ip6",
                      "loc": "1:15-21"
                    },
                    {
                      "field": "l4_dport",
                      "op": "range",
                      "min": 100,
                      "max": 200,
                      "l4": "ip6",
                      "loc": "1:15-21"
                    }
                  ],
                  "loc": "1:15-21"
                }
              ],
              "loc": "1:15-21"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:15-21"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "loc": "1:15-21"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:15-21"
                },
                {
                  "any": [
                    {
                      "field": "l4_sport",
                      "op": "range",
                      "min": 100,
                      "max": 200,
                      "l4": "ip4",
                      "loc": "1:15-21"
                    },
                    {
                      "field": "l4_dport",
                      "op": "range",
                      "min": 100,
                      "max": 200,
                      "l4": "ip4",
                      "loc": "1:15-21"
                    }
                  ],
                  "loc": "1:15-21"
                }
              ],
              "loc": "1:15-21"
            }
          ],
          "loc": "1:15-21"
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
