# --icmp-type names: any case, and a prefix that names one type, as iptables
# looks them up; a prefix of several is ambiguous
== input
iptables -A INPUT -p icmp --icmp-type echo-req -j ACCEPT
iptables -A INPUT -p icmp --icmp-type Destination-Unreachable -j DROP
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
      "loc": "1:1-8",
      "text": "iptables -A INPUT -p icmp --icmp-type echo-req -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "1:19-25"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "1:27-37"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "1:27-37"
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
                      "loc": "1:27-37"
                    },
                    "rhs": 15,
                    "loc": "1:27-37"
                  },
                  "rhs": 4,
                  "loc": "1:27-37"
                },
                "rhs": 8,
                "loc": "1:27-37"
              }
            }
          ],
          "loc": "1:27-37"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "1:1-8",
      "text": "iptables -A INPUT -p icmp --icmp-type echo-req -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "1:19-25"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "1:27-37"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 8,
          "l4": "ip4",
          "loc": "1:27-46"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p icmp --icmp-type Destination-Unreachable -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "2:19-25"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "2:27-37"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "2:27-37"
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
                      "loc": "2:27-37"
                    },
                    "rhs": 15,
                    "loc": "2:27-37"
                  },
                  "rhs": 4,
                  "loc": "2:27-37"
                },
                "rhs": 8,
                "loc": "2:27-37"
              }
            }
          ],
          "loc": "2:27-37"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p icmp --icmp-type Destination-Unreachable -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "2:19-25"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "2:27-37"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 3,
          "l4": "ip4",
          "loc": "2:27-61"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-8"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
