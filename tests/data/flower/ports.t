# ports: exact, range, mask; the kernel extracts no L4 key from an IPv4 fragment, so a key that accepts 0 also matches fragments
== input
protocol ip flower ip_proto tcp dst_port 80 src_port 1024-65535
protocol ip flower ip_proto udp dst_port 0/0xffff
protocol ip flower ip_proto sctp src_port 0x100/0xff00
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "3:1-8",
      "text": "protocol ip flower ip_proto sctp src_port 0x100/0xff00",
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
          "value": 132,
          "loc": "3:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "3:43-54"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "3:43-54"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 256,
          "mask": 65280,
          "l4": "ip4",
          "loc": "3:43-54"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "2:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 0/0xffff",
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
          "value": 17,
          "loc": "2:29-31"
        },
        {
          "any": [
            {
              "not": {
                "all": [
                  {
                    "field": "ip4_mf",
                    "op": "eq",
                    "value": 0,
                    "loc": "2:42-49"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "2:42-49"
                  }
                ],
                "loc": "2:42-49"
              },
              "loc": "2:42-49"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "2:42-49"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "2:42-49"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip4",
                  "loc": "2:42-49"
                }
              ],
              "loc": "2:42-49"
            }
          ],
          "loc": "2:42-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 80 src_port 1024-65535",
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
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "1:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "1:42-43"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "1:42-43"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 1024,
          "max": 65535,
          "l4": "ip4",
          "loc": "1:54-63"
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
