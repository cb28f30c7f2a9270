# 'not' binds tightest; 'and' and 'or' have the same precedence, left to right
== input
not tcp or udp and ip6
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-3",
      "text": "not tcp or udp and ip6",
      "match": [
        {
          "any": [
            {
              "not": {
                "any": [
                  {
                    "all": [
                      {
                        "field": "eth_type",
                        "op": "eq",
                        "value": "0x0800",
                        "loc": "1:5-7"
                      },
                      {
                        "field": "ip4_proto",
                        "op": "eq",
                        "value": 6,
                        "loc": "1:5-7"
                      }
                    ],
                    "loc": "1:5-7"
                  },
                  {
                    "all": [
                      {
                        "field": "eth_type",
                        "op": "eq",
                        "value": "0x86dd",
                        "loc": "1:5-7"
                      },
                      {
                        "any": [
                          {
                            "field": "ip6_next",
                            "op": "eq",
                            "value": 6,
                            "loc": "1:5-7"
                          },
                          {
                            "all": [
                              {
                                "field": "ip6_next",
                                "op": "eq",
                                "value": 44,
                                "loc": "1:5-7"
                              },
                              {
                                "rel": "==",
                                "lhs": {
                                  "load": "net",
                                  "offset": 40,
                                  "size": 1,
                                  "loc": "1:5-7"
                                },
                                "rhs": 6,
                                "loc": "1:5-7"
                              }
                            ],
                            "loc": "1:5-7"
                          }
                        ],
                        "loc": "1:5-7"
                      }
                    ],
                    "loc": "1:5-7"
                  }
                ],
                "loc": "1:5-7"
              },
              "loc": "1:5-7"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:12-14"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "loc": "1:12-14"
                }
              ],
              "loc": "1:12-14"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:12-14"
                },
                {
                  "any": [
                    {
                      "field": "ip6_next",
                      "op": "eq",
                      "value": 17,
                      "loc": "1:12-14"
                    },
                    {
                      "all": [
                        {
                          "field": "ip6_next",
                          "op": "eq",
                          "value": 44,
                          "loc": "1:12-14"
                        },
                        {
                          "rel": "==",
                          "lhs": {
                            "load": "net",
                            "offset": 40,
                            "size": 1,
                            "loc": "1:12-14"
                          },
                          "rhs": 17,
                          "loc": "1:12-14"
                        }
                      ],
                      "loc": "1:12-14"
                    }
                  ],
                  "loc": "1:12-14"
                }
              ],
              "loc": "1:12-14"
            }
          ],
          "loc": "1:5-7"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:20-22"
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
