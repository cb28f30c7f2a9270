# 'tcp' is IPv4 protocol 6, or IPv6 next header 6 directly or after one fragment header
== input
tcp
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-3",
      "text": "tcp",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:1-3"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "1:1-3"
                }
              ],
              "loc": "1:1-3"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:1-3"
                },
                {
                  "any": [
                    {
                      "field": "ip6_next",
                      "op": "eq",
                      "value": 6,
                      "loc": "1:1-3"
                    },
                    {
                      "all": [
                        {
                          "field": "ip6_next",
                          "op": "eq",
                          "value": 44,
                          "loc": "1:1-3"
                        },
                        {
                          "rel": "==",
                          "lhs": {
                            "load": "net",
                            "offset": 40,
                            "size": 1,
                            "loc": "1:1-3"
                          },
                          "rhs": 6,
                          "loc": "1:1-3"
                        }
                      ],
                      "loc": "1:1-3"
                    }
                  ],
                  "loc": "1:1-3"
                }
              ],
              "loc": "1:1-3"
            }
          ],
          "loc": "1:1-3"
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
