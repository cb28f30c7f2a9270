# a pfmatch ruleset: clauses in order; a nested block's rules repeat its
# test, and end with "its test => drop" (the default) when it has no
# otherwise, so that once its test holds no later clause is tried; inner
# clauses continue at the offsets the block's test left ("vlan" then "ip")
== input
match {
   not ip            => pass
   ip src 1.2.3.4    => drop
   ip dst 5.6.7.8    => { tcp => pass
                          udp => drop
                          otherwise => pass }
   vlan              => { ip6 => pass }
   otherwise         => drop
}
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "2:4-6",
      "text": "not ip            => pass",
      "match": [
        {
          "not": {
            "field": "eth_type",
            "op": "eq",
            "value": "0x0800",
            "loc": "2:8-9"
          },
          "loc": "2:8-9"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:25-28"
      }
    },
    {
      "loc": "3:4-5",
      "text": "ip src 1.2.3.4    => drop",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:11-17"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "1.2.3.4",
          "loc": "3:11-17"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:25-28"
      }
    },
    {
      "loc": "4:27-29",
      "text": "ip dst 5.6.7.8    => { tcp => pass",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:11-17"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "5.6.7.8",
          "loc": "4:11-17"
        },
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "4:27-29"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "4:27-29"
                }
              ],
              "loc": "4:27-29"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "4:27-29"
                },
                {
                  "any": [
                    {
                      "field": "ip6_next",
                      "op": "eq",
                      "value": 6,
                      "loc": "4:27-29"
                    },
                    {
                      "all": [
                        {
                          "field": "ip6_next",
                          "op": "eq",
                          "value": 44,
                          "loc": "4:27-29"
                        },
                        {
                          "rel": "==",
                          "lhs": {
                            "load": "net",
                            "offset": 40,
                            "size": 1,
                            "loc": "4:27-29"
                          },
                          "rhs": 6,
                          "loc": "4:27-29"
                        }
                      ],
                      "loc": "4:27-29"
                    }
                  ],
                  "loc": "4:27-29"
                }
              ],
              "loc": "4:27-29"
            }
          ],
          "loc": "4:27-29"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "4:34-37"
      }
    },
    {
      "loc": "5:27-29",
      "text": "udp => drop",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:11-17"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "5.6.7.8",
          "loc": "4:11-17"
        },
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "5:27-29"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "loc": "5:27-29"
                }
              ],
              "loc": "5:27-29"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "5:27-29"
                },
                {
                  "any": [
                    {
                      "field": "ip6_next",
                      "op": "eq",
                      "value": 17,
                      "loc": "5:27-29"
                    },
                    {
                      "all": [
                        {
                          "field": "ip6_next",
                          "op": "eq",
                          "value": 44,
                          "loc": "5:27-29"
                        },
                        {
                          "rel": "==",
                          "lhs": {
                            "load": "net",
                            "offset": 40,
                            "size": 1,
                            "loc": "5:27-29"
                          },
                          "rhs": 17,
                          "loc": "5:27-29"
                        }
                      ],
                      "loc": "5:27-29"
                    }
                  ],
                  "loc": "5:27-29"
                }
              ],
              "loc": "5:27-29"
            }
          ],
          "loc": "5:27-29"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:34-37"
      }
    },
    {
      "loc": "6:27-35",
      "text": "otherwise => pass }",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:11-17"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "5.6.7.8",
          "loc": "4:11-17"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "6:40-43"
      }
    },
    {
      "loc": "7:27-29",
      "text": "vlan              => { ip6 => pass }",
      "match": [
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8",
            "0x9100"
          ],
          "loc": "7:4-7"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "net_off": 18,
          "loc": "7:27-29"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "7:34-37"
      }
    },
    {
      "loc": "7:4-7",
      "text": "vlan              => { ip6 => pass }",
      "match": [
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8",
            "0x9100"
          ],
          "loc": "7:4-7"
        }
      ],
      "action": {
        "type": "drop"
      }
    },
    {
      "loc": "8:4-12",
      "text": "otherwise         => drop",
      "match": [],
      "action": {
        "type": "drop",
        "loc": "8:25-28"
      }
    }
  ],
  "default": {
    "action": {
      "type": "drop"
    }
  }
}
