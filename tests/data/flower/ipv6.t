# IPv6: ip_proto, ports, tcp_flags, ICMPv6 and ip_flags come from the flow dissector's walk (l4 ip6_flow):
# hop-by-hop, routing and destination options skipped, a fragment header ends it
== input
protocol ipv6 flower ip_proto tcp dst_port 443 tcp_flags 2/2
protocol ipv6 flower ip_proto udp src_port 0/0xffff
protocol ipv6 flower ip_proto icmpv6 type 128 code 0
protocol ipv6 flower ip_flags frag/nofirstfrag
protocol ipv6 flower tcp_flags 0/4
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "5:1-8",
      "text": "protocol ipv6 flower tcp_flags 0/4",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "5:10-13"
        },
        {
          "any": [
            {
              "not": {
                "all": [
                  {
                    "field": "ip6_flow_proto",
                    "op": "eq",
                    "value": 6,
                    "l4": "ip6_flow",
                    "loc": "5:32-34"
                  },
                  {
                    "field": "ip6_flow_frag",
                    "op": "eq",
                    "value": 0,
                    "l4": "ip6_flow",
                    "loc": "5:32-34"
                  }
                ],
                "loc": "5:32-34"
              },
              "loc": "5:32-34"
            },
            {
              "all": [
                {
                  "field": "ip6_flow_proto",
                  "op": "eq",
                  "value": 6,
                  "l4": "ip6_flow",
                  "loc": "5:32-34"
                },
                {
                  "field": "ip6_flow_frag",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_flow",
                  "loc": "5:32-34"
                },
                {
                  "field": "tcp_flags",
                  "op": "eq",
                  "value": "0x0000",
                  "mask": "0x0004",
                  "l4": "ip6_flow",
                  "loc": "5:32-34"
                }
              ],
              "loc": "5:32-34"
            }
          ],
          "loc": "5:32-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "4:1-8",
      "text": "protocol ipv6 flower ip_flags frag/nofirstfrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "4:10-13"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 1,
          "l4": "ip6_flow",
          "loc": "4:31-46"
        },
        {
          "field": "ip6_flow_first",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "4:31-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "3:1-8",
      "text": "protocol ipv6 flower ip_proto icmpv6 type 128 code 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_flow",
          "loc": "3:31-36"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "3:43-45"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 128,
          "l4": "ip6_flow",
          "loc": "3:43-45"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "3:52"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "2:1-8",
      "text": "protocol ipv6 flower ip_proto udp src_port 0/0xffff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "2:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_flow",
          "loc": "2:31-33"
        },
        {
          "any": [
            {
              "not": {
                "all": [
                  {
                    "field": "ip6_flow_frag",
                    "op": "eq",
                    "value": 0,
                    "l4": "ip6_flow",
                    "loc": "2:44-51"
                  }
                ],
                "loc": "2:44-51"
              },
              "loc": "2:44-51"
            },
            {
              "all": [
                {
                  "field": "ip6_flow_frag",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_flow",
                  "loc": "2:44-51"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_flow",
                  "loc": "2:44-51"
                }
              ],
              "loc": "2:44-51"
            }
          ],
          "loc": "2:44-51"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-8",
      "text": "protocol ipv6 flower ip_proto tcp dst_port 443 tcp_flags 2/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "1:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "1:44-46"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 443,
          "l4": "ip6_flow",
          "loc": "1:44-46"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "1:58-60"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "1:58-60"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "mask": "0x0002",
          "l4": "ip6_flow",
          "loc": "1:58-60"
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
