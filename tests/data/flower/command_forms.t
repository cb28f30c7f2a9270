# the three command forms; chain 0 runs by ascending pref (auto prefs count down from 0xc000), then file order
== input
tc filter add dev eth0 ingress pref 20 protocol ip flower ip_proto udp action drop
filter add dev eth0 egress prio 10 protocol ip flower ip_proto tcp action pass
protocol ipv6 flower action drop
flower src_mac 66:77:88:99:aa:bb action drop
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "2:1-6",
      "text": "filter add dev eth0 egress prio 10 protocol ip flower ip_proto tcp action pass",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:45-46"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "2:64-66"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:75-78"
      }
    },
    {
      "loc": "1:1-2",
      "text": "tc filter add dev eth0 ingress pref 20 protocol ip flower ip_proto udp action drop",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:49-50"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "1:68-70"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:79-82"
      }
    },
    {
      "loc": "4:1-6",
      "text": "flower src_mac 66:77:88:99:aa:bb action drop",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "4:16-32"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:41-44"
      }
    },
    {
      "loc": "3:1-8",
      "text": "protocol ipv6 flower action drop",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:10-13"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:29-32"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
