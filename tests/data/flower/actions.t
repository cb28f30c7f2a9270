# actions: gact verdicts, pipe, continue (the filter is skipped), mirred egress redirect
== input
protocol ip flower ip_proto tcp action pipe action drop
protocol ip flower ip_proto udp action continue
protocol ip flower ip_proto icmp action shot index 7
protocol arp flower action ok
protocol ip flower action gact pass
protocol ipv6 flower action mirred egress redirect dev eth1
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "6:1-8",
      "text": "protocol ipv6 flower action mirred egress redirect dev eth1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "6:10-13"
        }
      ],
      "action": {
        "type": "redirect",
        "ifname": "eth1",
        "loc": "6:29-59"
      }
    },
    {
      "loc": "5:1-8",
      "text": "protocol ip flower action gact pass",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:10-11"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "5:32-35"
      }
    },
    {
      "loc": "4:1-8",
      "text": "protocol arp flower action ok",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "4:10-12"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "4:28-29"
      }
    },
    {
      "loc": "3:1-8",
      "text": "protocol ip flower ip_proto icmp action shot index 7",
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
          "value": 1,
          "loc": "3:29-32"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:41-44"
      }
    },
    {
      "loc": "1:1-8",
      "text": "protocol ip flower ip_proto tcp action pipe action drop",
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
        "type": "drop",
        "loc": "1:52-55"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
