# ip_proto names and hex numbers (17 is 0x17 = 23; iproute2 6.1 knows no 'esp', so 32 is ESP)
== input
protocol ip flower ip_proto tcp
protocol ip flower ip_proto 17
protocol ip flower ip_proto 0x11
protocol ip flower ip_proto icmp
protocol ip flower ip_proto 32
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "5:1-8",
      "text": "protocol ip flower ip_proto 32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 50,
          "loc": "5:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "4:1-8",
      "text": "protocol ip flower ip_proto icmp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "4:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "3:1-8",
      "text": "protocol ip flower ip_proto 0x11",
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
          "loc": "3:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "2:1-8",
      "text": "protocol ip flower ip_proto 17",
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
          "value": 23,
          "loc": "2:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-8",
      "text": "protocol ip flower ip_proto tcp",
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
