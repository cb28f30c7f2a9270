# tcp_flags (hex, default mask 0xfff; tc does not require ip_proto tcp: the key reads 0
# on other packets) and ICMP type/code (decimal)
== input
protocol ip flower ip_proto tcp tcp_flags 2/12
protocol ip flower ip_proto icmp type 8 code 0/255
protocol ip flower ip_proto udp tcp_flags 2
protocol ip flower tcp_flags 0/2
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "4:1-8",
      "text": "protocol ip flower tcp_flags 0/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:10-11"
        },
        {
          "any": [
            {
              "not": {
                "all": [
                  {
                    "field": "ip4_proto",
                    "op": "eq",
                    "value": 6,
                    "loc": "4:30-32"
                  },
                  {
                    "field": "ip4_mf",
                    "op": "eq",
                    "value": 0,
                    "loc": "4:30-32"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "4:30-32"
                  }
                ],
                "loc": "4:30-32"
              },
              "loc": "4:30-32"
            },
            {
              "all": [
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "4:30-32"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:30-32"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "4:30-32"
                },
                {
                  "field": "tcp_flags",
                  "op": "eq",
                  "value": "0x0000",
                  "mask": "0x0002",
                  "l4": "ip4",
                  "loc": "4:30-32"
                }
              ],
              "loc": "4:30-32"
            }
          ],
          "loc": "4:30-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "3:1-8",
      "text": "protocol ip flower ip_proto udp tcp_flags 2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "3:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "3:43"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "3:43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "3:43"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "l4": "ip4",
          "loc": "3:43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "2:1-8",
      "text": "protocol ip flower ip_proto icmp type 8 code 0/255",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "2:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "2:39"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "2:39"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 8,
          "l4": "ip4",
          "loc": "2:39"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 0,
          "l4": "ip4",
          "loc": "2:46-50"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 2/12",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "1:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "1:43-46"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "1:43-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "1:43-46"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "mask": "0x0012",
          "l4": "ip4",
          "loc": "1:43-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
