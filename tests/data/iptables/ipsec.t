# esp and ah: SPI ranges, hot-drop on short headers
== input
iptables -A INPUT -p esp -m esp --espspi 256:511 -j ACCEPT
iptables -A INPUT -p ah -m ah ! --ahspi 7 -j DROP
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
      "text": "iptables -A INPUT -p esp -m esp --espspi 256:511 -j ACCEPT",
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
          "value": 50,
          "loc": "1:19-24"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "1:29-31"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "1:29-31"
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
                      "loc": "1:29-31"
                    },
                    "rhs": 15,
                    "loc": "1:29-31"
                  },
                  "rhs": 4,
                  "loc": "1:29-31"
                },
                "rhs": 8,
                "loc": "1:29-31"
              }
            }
          ],
          "loc": "1:29-31"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "1:1-8",
      "text": "iptables -A INPUT -p esp -m esp --espspi 256:511 -j ACCEPT",
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
          "value": 50,
          "loc": "1:19-24"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "1:29-31"
        },
        {
          "field": "esp_spi",
          "op": "range",
          "min": "0x00000100",
          "max": "0x000001ff",
          "l4": "ip4",
          "loc": "1:33-48"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p ah -m ah ! --ahspi 7 -j DROP",
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
          "value": 51,
          "loc": "2:19-23"
        },
        {
          "all": [
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "2:28-29"
            },
            {
              "rel": "<",
              "lhs": {
                "load": "net",
                "offset": 2,
                "size": 2,
                "loc": "2:28-29"
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
                      "loc": "2:28-29"
                    },
                    "rhs": 15,
                    "loc": "2:28-29"
                  },
                  "rhs": 4,
                  "loc": "2:28-29"
                },
                "rhs": 12,
                "loc": "2:28-29"
              }
            }
          ],
          "loc": "2:28-29"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p ah -m ah ! --ahspi 7 -j DROP",
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
          "value": 51,
          "loc": "2:19-23"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "2:28-29"
        },
        {
          "not": {
            "field": "ah_spi",
            "op": "eq",
            "value": "0x00000007",
            "l4": "ip4",
            "loc": "2:33-41"
          },
          "loc": "2:33-41"
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
