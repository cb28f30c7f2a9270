# ip_tos/ip_ttl: value decimal, else hex; mask hex; IPv6 uses traffic class and hop limit
== input
protocol ip flower ip_tos 16 ip_ttl 64/f0
protocol ip flower ip_tos b8/fc
protocol ipv6 flower ip_tos 0x10 ip_ttl 1
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "3:1-8",
      "text": "protocol ipv6 flower ip_tos 0x10 ip_ttl 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0010",
          "loc": "3:29-32"
        },
        {
          "field": "ip6_hlim",
          "op": "eq",
          "value": 1,
          "loc": "3:41"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "2:1-8",
      "text": "protocol ip flower ip_tos b8/fc",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0xb8",
          "mask": "0xfc",
          "loc": "2:27-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-8",
      "text": "protocol ip flower ip_tos 16 ip_ttl 64/f0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x10",
          "loc": "1:27-28"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 64,
          "mask": 240,
          "loc": "1:37-41"
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
