# addresses: prefixes, dotted masks, short forms, base-0 parts, host bits masked
== input
protocol ip flower src_ip 10.1.2.3/8 dst_ip 010.1
protocol ip flower dst_ip 192.168.1.0/255.255.255.0 src_ip any
protocol ipv6 flower src_ip 2001:db8::1/32 dst_ip fe80::1
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "3:1-8",
      "text": "protocol ipv6 flower src_ip 2001:db8::1/32 dst_ip fe80::1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:10-13"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::",
          "mask": "ffff:ffff::",
          "loc": "3:29-42"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "fe80::1",
          "loc": "3:51-57"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "2:1-8",
      "text": "protocol ip flower dst_ip 192.168.1.0/255.255.255.0 src_ip any",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "192.168.1.0",
          "mask": "255.255.255.0",
          "loc": "2:27-51"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-8",
      "text": "protocol ip flower src_ip 10.1.2.3/8 dst_ip 010.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "1:27-36"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "8.1.0.0",
          "loc": "1:45-49"
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
