# REJECT is a drop (warned); LOG, NFLOG and no target continue, keeping only their hot-drops
== input
*filter
:INPUT ACCEPT [0:0]
-A INPUT -p tcp --dport 23 -j LOG --log-prefix "telnet: " --log-level 4
-A INPUT -p tcp --dport 23 -j REJECT --reject-with tcp-reset
-A INPUT -s 10.0.0.0/8 -j NFLOG --nflog-group 2
-A INPUT -d 10.0.0.1
-A INPUT -p udp -j REJECT
COMMIT
== json
{
  "kefir": 1,
  "syntax": "iptables",
  "source": "<input>",
  "rules": [
    {
      "match": [
        {
          "not": {
            "field": "eth_type",
            "op": "eq",
            "value": "0x0800"
          }
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "3:1-2",
      "text": "-A INPUT -p tcp --dport 23 -j LOG --log-prefix \"telnet: \" --log-level 4",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "3:10-15"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "3:17-23"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "3:17-23"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "3:17-23"
                  },
                  "rhs": {
                    "op": "+",
                    "lhs": {
                      "op": "*",
                      "lhs": {
                        "op": "&",
                        "lhs": {
                          "load": "net",
                          "offset": 0,
                          "size": 1,
                          "loc": "3:17-23"
                        },
                        "rhs": 15,
                        "loc": "3:17-23"
                      },
                      "rhs": 4,
                      "loc": "3:17-23"
                    },
                    "rhs": 20,
                    "loc": "3:17-23"
                  }
                }
              ],
              "loc": "3:17-23"
            }
          ],
          "loc": "3:17-23"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-2"
      }
    },
    {
      "loc": "4:1-2",
      "text": "-A INPUT -p tcp --dport 23 -j REJECT --reject-with tcp-reset",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "4:10-15"
        },
        {
          "any": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 1,
              "loc": "4:17-23"
            },
            {
              "all": [
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:17-23"
                },
                {
                  "rel": "<",
                  "lhs": {
                    "load": "net",
                    "offset": 2,
                    "size": 2,
                    "loc": "4:17-23"
                  },
                  "rhs": {
                    "op": "+",
                    "lhs": {
                      "op": "*",
                      "lhs": {
                        "op": "&",
                        "lhs": {
                          "load": "net",
                          "offset": 0,
                          "size": 1,
                          "loc": "4:17-23"
                        },
                        "rhs": 15,
                        "loc": "4:17-23"
                      },
                      "rhs": 4,
                      "loc": "4:17-23"
                    },
                    "rhs": 20,
                    "loc": "4:17-23"
                  }
                }
              ],
              "loc": "4:17-23"
            }
          ],
          "loc": "4:17-23"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-2"
      }
    },
    {
      "loc": "4:1-2",
      "text": "-A INPUT -p tcp --dport 23 -j REJECT --reject-with tcp-reset",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "4:10-15"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "4:17-23"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 23,
          "l4": "ip4",
          "loc": "4:17-26"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-2"
      }
    },
    {
      "loc": "7:1-2",
      "text": "-A INPUT -p udp -j REJECT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "7:1-2"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "7:10-15"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "7:1-2"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    },
    "text": ":INPUT ACCEPT [0:0]",
    "loc": "2:1-13"
  }
}
