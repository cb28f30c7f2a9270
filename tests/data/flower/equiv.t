# every filter of tests/flower_equiv.txt (the libpcap equivalences), longest first so that broad filters
# shadow fewer others, so that the kernel test runs them as BPF against the interpreter
== input
tc filter add dev eth0 ingress protocol ip flower src_ip 10.0.0.1 dst_ip 10.0.0.2 ip_proto tcp src_port 12345 dst_port 80 action drop
tc filter add dev eth0 ingress protocol ipv6 flower src_ip 2001:db8::1 ip_proto udp dst_port 53 action drop
tc filter add dev eth0 ingress protocol ipv6 flower src_ip 2001:db8::/32 ip_tos 0x10/0xf0 action drop
protocol ip flower ip_proto udp dst_port 1-1023 src_port 12345 action mirred egress redirect dev eth1
protocol ip flower dst_mac 00:11:22:33:44:55 ip_proto tcp tcp_flags 2/12 ip_ttl 64 action drop
filter add dev eth0 egress pref 5 protocol ip flower ip_proto udp dst_port 53 action pass
protocol ip flower ip_proto tcp dst_port 1/0xff src_port 12345 action drop index 3
protocol ip flower ip_proto tcp src_port 0x3000/0xf000
protocol ip flower ip_proto udp src_port 0x3000/0xf000
protocol ip flower src_ip 192.168.1.0/255.255.255.0
protocol ip flower dst_ip 192.168.1.0/255.255.255.0
protocol ip flower ip_proto tcp tcp_flags 0x11/0x11
flower dst_mac 01:00:00:00:00:00/01:00:00:00:00:00
flower src_mac 66:00:88:00:aa:00/ff:00:ff:00:ff:00
protocol ip flower ip_proto tcp dst_port 80/0xff00
protocol ip flower ip_proto udp dst_port 80/0xff00
protocol ipv6 flower ip_proto sctp dst_port 1-1023
protocol ipv6 flower ip_proto sctp src_port 1-1023
protocol rarp flower arp_tha 00:11:22:33:44:55/24
protocol ip flower ip_proto udp dst_port 0/0xffff
protocol ipv6 flower ip_proto tcp dst_port 1-1023
protocol ipv6 flower ip_proto tcp src_port 1-1023
protocol ipv6 flower ip_proto udp dst_port 1-1023
protocol ipv6 flower ip_proto udp src_port 1-1023
protocol ipv6 flower ip_proto sctp dst_port 12345
protocol ipv6 flower ip_proto sctp src_port 12345
protocol ipv6 flower ip_proto tcp tcp_flags 12/12
protocol ipv6 flower ip_proto tcp tcp_flags 10/10
protocol ip flower ip_proto sctp dst_port 80-443
protocol ip flower ip_proto sctp src_port 80-443
protocol arp flower arp_tha 00:11:22:33:44:55/24
protocol ipv6 flower ip_proto tcp dst_port 12345
protocol ipv6 flower ip_proto tcp src_port 12345
protocol ipv6 flower ip_proto udp dst_port 12345
protocol ipv6 flower ip_proto udp src_port 12345
protocol ip flower ip_proto tcp dst_port 80-443
protocol ip flower ip_proto tcp src_port 80-443
protocol ip flower ip_proto udp dst_port 80-443
protocol ip flower ip_proto udp src_port 80-443
protocol ip flower ip_proto sctp dst_port 12345
protocol ip flower ip_proto sctp src_port 12345
protocol ip flower ip_proto sctp dst_port 1-100
protocol ip flower ip_proto sctp src_port 1-100
protocol ip flower ip_proto tcp tcp_flags 12/12
protocol ip flower ip_proto tcp tcp_flags 18/ff
protocol ipv6 flower ip_proto tcp tcp_flags 0/4
protocol ipv6 flower src_ip 2001:db8:1::100/48
protocol ipv6 flower dst_ip 2001:db8:1::100/48
protocol ip flower ip_proto tcp dst_port 12345
protocol ip flower ip_proto tcp src_port 12345
protocol ip flower ip_proto tcp dst_port 1-100
protocol ip flower ip_proto tcp src_port 1-100
protocol ip flower ip_proto udp dst_port 12345
protocol ip flower ip_proto udp src_port 12345
protocol ip flower ip_proto udp dst_port 1-100
protocol ip flower ip_proto udp src_port 1-100
protocol ip flower ip_proto tcp dst_port 443/0
protocol ip flower ip_proto udp dst_port 443/0
protocol ip flower ip_proto icmp type 8 code 0
protocol rarp flower arp_sha 66:77:88:99:aa:bb
protocol rarp flower arp_tha 00:00:00:00:00:00
protocol ip flower ip_flags nofrag/nofirstfrag
protocol ip flower ip_proto udp tcp_flags 0/12
protocol ipv6 flower ip_proto sctp dst_port 80
protocol ipv6 flower ip_proto sctp src_port 80
protocol ipv6 flower ip_proto sctp dst_port 53
protocol ipv6 flower ip_proto sctp src_port 53
protocol ip flower ip_proto tcp tcp_flags 2/2
protocol ip flower ip_proto tcp tcp_flags 0/2
protocol ip flower ip_proto tcp tcp_flags 4/4
protocol ip flower ip_proto tcp tcp_flags 0/0
protocol ip flower ip_proto tcp tcp_flags fff
protocol arp flower arp_sha 66:77:88:99:aa:bb
protocol arp flower arp_tha 00:00:00:00:00:00
protocol ipv6 flower ip_proto tcp dst_port 80
protocol ipv6 flower ip_proto tcp src_port 80
protocol ipv6 flower ip_proto tcp dst_port 53
protocol ipv6 flower ip_proto tcp src_port 53
protocol ipv6 flower ip_proto udp dst_port 80
protocol ipv6 flower ip_proto udp src_port 80
protocol ipv6 flower ip_proto udp dst_port 53
protocol ipv6 flower ip_proto udp src_port 53
protocol ipv6 flower ip_proto tcp tcp_flags 2
protocol ipv6 flower ip_proto icmpv6 type 128
protocol ipv6 flower ip_proto icmpv6 type 129
protocol ipv6 flower ip_proto icmpv6 code 128
protocol ipv6 flower ip_proto icmpv6 code 129
protocol ip flower dst_mac 00:11:22:33:44:55
protocol ip flower dst_mac 66:77:88:99:aa:bb
protocol ip flower dst_mac ff:ff:ff:ff:ff:ff
protocol ip flower ip_proto sctp dst_port 80
protocol ip flower ip_proto sctp src_port 80
protocol ip flower ip_proto sctp dst_port 53
protocol ip flower ip_proto sctp src_port 53
protocol ip flower ip_proto tcp tcp_flags 12
protocol ip flower ip_proto tcp tcp_flags 10
protocol ip flower dst_mac 0:11:22:33:44:55
protocol ip flower ip_proto tcp dst_port 80
protocol ip flower ip_proto tcp src_port 80
protocol ip flower ip_proto tcp dst_port 53
protocol ip flower ip_proto tcp src_port 53
protocol ip flower ip_proto udp dst_port 80
protocol ip flower ip_proto udp src_port 80
protocol ip flower ip_proto udp dst_port 53
protocol ip flower ip_proto udp src_port 53
protocol ip flower ip_proto tcp tcp_flags 2
protocol ip flower ip_proto icmp type 8/240
protocol ip flower ip_proto icmp code 8/240
protocol ipv6 flower ip_proto icmpv6 type 0
protocol ipv6 flower ip_proto icmpv6 type 1
protocol ipv6 flower ip_proto icmpv6 code 0
protocol ipv6 flower ip_proto icmpv6 code 1
protocol ip flower src_ip 192.168.1.100/24
protocol ip flower dst_ip 192.168.1.100/24
protocol ipv6 flower src_ip 2001:db8::2/32
protocol ipv6 flower dst_ip 2001:db8::2/32
protocol ipv6 flower src_ip 2001:db8::/32
protocol ipv6 flower dst_ip 2001:db8::/32
protocol ip flower ip_proto icmp type 3/3
protocol ip flower ip_proto icmp code 3/3
protocol ipv6 flower ip_flags nofirstfrag
protocol ip flower src_ip 172.16.0.1/12
protocol ip flower dst_ip 172.16.0.1/12
protocol ipv6 flower src_ip 2001:db8::1
protocol ipv6 flower dst_ip 2001:db8::1
protocol ip flower ip_proto icmp type 8
protocol ip flower ip_proto icmp type 0
protocol ip flower ip_proto icmp type 3
protocol ip flower ip_proto icmp code 8
protocol ip flower ip_proto icmp code 0
protocol ip flower ip_proto icmp code 3
protocol rarp flower arp_tip 10.0.0.0/8
protocol ip flower ip_flags nofirstfrag
protocol ipv6 flower src_ip fe80::1/10
protocol ipv6 flower dst_ip fe80::1/10
protocol arp flower arp_tip 10.0.0.0/8
protocol rarp flower arp_sip 0.0.0.0/0
protocol 802.1Q flower vlan_ethtype ip
protocol ip flower src_ip 10.0.0.2/32
protocol ip flower dst_ip 10.0.0.2/32
protocol arp flower arp_sip 0.0.0.0/0
protocol rarp flower arp_sip 10.0.0.1
protocol ip flower ip_flags firstfrag
protocol ip flower src_ip 10.0.0.0/8
protocol ip flower dst_ip 10.0.0.0/8
protocol ip flower src_ip 10.1.2.3/8
protocol ip flower dst_ip 10.1.2.3/8
protocol ip flower src_ip 0x0a.0.0.1
protocol ip flower dst_ip 0x0a.0.0.1
protocol ip flower src_ip 8.8.8.8/31
protocol ip flower dst_ip 8.8.8.8/31
protocol arp flower arp_sip 10.0.0.1
protocol ipv6 flower ip_proto icmpv6
protocol ipv6 flower ip_flags nofrag
flower dst_mac 00:11:22:00:00:00/24
flower src_mac 66:77:88:99:aa:bb/16
protocol ip flower src_ip 010.1.2.3
protocol ip flower dst_ip 010.1.2.3
protocol ip flower src_ip 0.0.0.0/0
protocol ip flower dst_ip 0.0.0.0/0
protocol rarp flower arp_op request
flower dst_mac 00:11:22:33:44:55/0
protocol ipv6 flower ip_tos 184/fc
protocol ip flower src_ip 10.0.0.1
protocol ip flower dst_ip 10.0.0.1
protocol arp flower arp_op request
protocol ip flower ip_flags nofrag
protocol ipv6 flower ip_proto sctp
protocol ipv6 flower tcp_flags 0/2
protocol ipv6 flower ip_flags frag
protocol ipv6 flower ip_tos 16/f0
protocol ipv6 flower ip_tos 255/0
protocol ipv6 flower ip_ttl 64/c0
protocol ip flower src_ip default
protocol ip flower dst_ip default
protocol rarp flower arp_op reply
protocol ipv6 flower ip_proto tcp
protocol ipv6 flower ip_proto udp
flower dst_mac 00:11:22:33:44:55
flower src_mac 00:11:22:33:44:55
flower dst_mac 66:77:88:99:aa:bb
flower src_mac 66:77:88:99:aa:bb
flower dst_mac ff:ff:ff:ff:ff:ff
flower src_mac ff:ff:ff:ff:ff:ff
protocol ip flower ip_proto sctp
protocol ip flower ip_proto icmp
protocol ip flower ip_proto 0x11
protocol ipv6 flower ip_tos 0x10
protocol ip flower ip_tos 184/fc
protocol ipv6 flower ip_tos 0/ff
protocol ipv6 flower src_ip ::/0
protocol ipv6 flower dst_ip ::/0
protocol arp flower arp_op reply
protocol ip flower ip_flags frag
protocol 802.1Q flower vlan_id 5
protocol ip flower tcp_flags 2/2
protocol ip flower tcp_flags 0/2
protocol ipv6 flower ip_proto 3a
protocol ipv6 flower ip_proto 11
protocol ipv6 flower ip_proto 32
protocol ipv6 flower ip_proto 33
flower dst_mac 0:11:22:33:44:55
flower src_mac 0:11:22:33:44:55
protocol ip flower ip_proto tcp
protocol ip flower ip_proto udp
protocol ipv6 flower ip_tos 184
protocol ip flower ip_tos 16/f0
protocol ipv6 flower ip_tos 3/3
protocol ip flower ip_tos 255/0
protocol ip flower ip_ttl 64/c0
protocol ipv6 flower ip_ttl 1/1
protocol rarp flower arp_op 2/2
protocol ipv6 flower ip_proto 6
protocol ip flower ip_proto 32
protocol ip flower ip_proto 33
protocol ip flower ip_proto 73
protocol ip flower ip_proto 11
protocol ip flower ip_proto 84
protocol ip flower ip_proto 2f
protocol ip flower ip_proto ff
protocol ipv6 flower ip_tos 16
protocol ip flower ip_tos 0x10
protocol ipv6 flower ip_tos b8
protocol ip flower ip_tos 0/ff
protocol ipv6 flower ip_ttl 64
protocol ipv6 flower ip_ttl 40
protocol ip flower src_ip 10.1
protocol ip flower dst_ip 10.1
protocol arp flower arp_op 2/2
protocol ip flower ip_proto 6
protocol ip flower ip_proto 0
protocol ip flower ip_tos 184
protocol ipv6 flower ip_tos 0
protocol ip flower ip_tos 3/3
protocol ipv6 flower ip_ttl 1
protocol ip flower ip_ttl 1/1
protocol ip flower src_ip any
protocol ip flower dst_ip any
protocol rarp flower arp_op 1
protocol rarp flower arp_op 0
protocol ip flower ip_tos 16
protocol ip flower ip_tos b8
protocol ip flower ip_ttl 64
protocol ip flower ip_ttl 40
protocol arp flower arp_op 1
protocol arp flower arp_op 0
protocol ip flower ip_tos 0
protocol ip flower ip_ttl 1
protocol mpls_uc flower
protocol 0x88cc flower
protocol 802.1Q flower
protocol 0x8864 flower
protocol ipv4 flower
protocol ipv6 flower
protocol rarp flower
protocol arp flower
protocol ip flower
flower
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "6:1-6",
      "text": "filter add dev eth0 egress pref 5 protocol ip flower ip_proto udp dst_port 53 action pass",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "6:44-45"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "6:63-65"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "6:76-77"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "6:76-77"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "6:76-77"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "6:86-89"
      }
    },
    {
      "loc": "258:1-6",
      "text": "flower",
      "match": [],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "257:1-8",
      "text": "protocol ip flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "257:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "256:1-8",
      "text": "protocol arp flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "256:10-12"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "255:1-8",
      "text": "protocol rarp flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "255:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "254:1-8",
      "text": "protocol ipv6 flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "254:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "253:1-8",
      "text": "protocol ipv4 flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "253:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "252:1-8",
      "text": "protocol 0x8864 flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8864",
          "loc": "252:10-15"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "251:1-8",
      "text": "protocol 802.1Q flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8100",
          "loc": "251:10-15"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "250:1-8",
      "text": "protocol 0x88cc flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x88cc",
          "loc": "250:10-15"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "249:1-8",
      "text": "protocol mpls_uc flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8847",
          "loc": "249:10-16"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "248:1-8",
      "text": "protocol ip flower ip_ttl 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "248:10-11"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 1,
          "loc": "248:27"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "247:1-8",
      "text": "protocol ip flower ip_tos 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "247:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x00",
          "loc": "247:27"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "246:1-8",
      "text": "protocol arp flower arp_op 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "246:10-12"
        },
        {
          "any": [
            {
              "not": {
                "all": [
                  {
                    "field": "arp_htype",
                    "op": "eq",
                    "value": 1,
                    "loc": "246:28"
                  },
                  {
                    "field": "arp_ptype",
                    "op": "eq",
                    "value": "0x0800",
                    "loc": "246:28"
                  },
                  {
                    "field": "arp_hlen",
                    "op": "eq",
                    "value": 6,
                    "loc": "246:28"
                  },
                  {
                    "field": "arp_plen",
                    "op": "eq",
                    "value": 4,
                    "loc": "246:28"
                  },
                  {
                    "field": "arp_op",
                    "op": "range",
                    "min": 1,
                    "max": 2,
                    "loc": "246:28"
                  }
                ],
                "loc": "246:28"
              },
              "loc": "246:28"
            },
            {
              "all": [
                {
                  "field": "arp_htype",
                  "op": "eq",
                  "value": 1,
                  "loc": "246:28"
                },
                {
                  "field": "arp_ptype",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "246:28"
                },
                {
                  "field": "arp_hlen",
                  "op": "eq",
                  "value": 6,
                  "loc": "246:28"
                },
                {
                  "field": "arp_plen",
                  "op": "eq",
                  "value": 4,
                  "loc": "246:28"
                },
                {
                  "field": "arp_op",
                  "op": "range",
                  "min": 1,
                  "max": 2,
                  "loc": "246:28"
                },
                {
                  "field": "arp_op",
                  "op": "eq",
                  "value": 0,
                  "mask": 255,
                  "loc": "246:28"
                }
              ],
              "loc": "246:28"
            }
          ],
          "loc": "246:28"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "245:1-8",
      "text": "protocol arp flower arp_op 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "245:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "245:28"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "245:28"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "245:28"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "245:28"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "245:28"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 1,
          "mask": 255,
          "loc": "245:28"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "244:1-8",
      "text": "protocol ip flower ip_ttl 40",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "244:10-11"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 40,
          "loc": "244:27-28"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "243:1-8",
      "text": "protocol ip flower ip_ttl 64",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "243:10-11"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 64,
          "loc": "243:27-28"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "242:1-8",
      "text": "protocol ip flower ip_tos b8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "242:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0xb8",
          "loc": "242:27-28"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "241:1-8",
      "text": "protocol ip flower ip_tos 16",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "241:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x10",
          "loc": "241:27-28"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "240:1-8",
      "text": "protocol rarp flower arp_op 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "240:10-13"
        },
        {
          "any": [
            {
              "not": {
                "all": [
                  {
                    "field": "arp_htype",
                    "op": "eq",
                    "value": 1,
                    "loc": "240:29"
                  },
                  {
                    "field": "arp_ptype",
                    "op": "eq",
                    "value": "0x0800",
                    "loc": "240:29"
                  },
                  {
                    "field": "arp_hlen",
                    "op": "eq",
                    "value": 6,
                    "loc": "240:29"
                  },
                  {
                    "field": "arp_plen",
                    "op": "eq",
                    "value": 4,
                    "loc": "240:29"
                  },
                  {
                    "field": "arp_op",
                    "op": "range",
                    "min": 1,
                    "max": 2,
                    "loc": "240:29"
                  }
                ],
                "loc": "240:29"
              },
              "loc": "240:29"
            },
            {
              "all": [
                {
                  "field": "arp_htype",
                  "op": "eq",
                  "value": 1,
                  "loc": "240:29"
                },
                {
                  "field": "arp_ptype",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "240:29"
                },
                {
                  "field": "arp_hlen",
                  "op": "eq",
                  "value": 6,
                  "loc": "240:29"
                },
                {
                  "field": "arp_plen",
                  "op": "eq",
                  "value": 4,
                  "loc": "240:29"
                },
                {
                  "field": "arp_op",
                  "op": "range",
                  "min": 1,
                  "max": 2,
                  "loc": "240:29"
                },
                {
                  "field": "arp_op",
                  "op": "eq",
                  "value": 0,
                  "mask": 255,
                  "loc": "240:29"
                }
              ],
              "loc": "240:29"
            }
          ],
          "loc": "240:29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "239:1-8",
      "text": "protocol rarp flower arp_op 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "239:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "239:29"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "239:29"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "239:29"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "239:29"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "239:29"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 1,
          "mask": 255,
          "loc": "239:29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "238:1-8",
      "text": "protocol ip flower dst_ip any",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "238:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "237:1-8",
      "text": "protocol ip flower src_ip any",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "237:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "236:1-8",
      "text": "protocol ip flower ip_ttl 1/1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "236:10-11"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 1,
          "mask": 1,
          "loc": "236:27-29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "235:1-8",
      "text": "protocol ipv6 flower ip_ttl 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "235:10-13"
        },
        {
          "field": "ip6_hlim",
          "op": "eq",
          "value": 1,
          "loc": "235:29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "234:1-8",
      "text": "protocol ip flower ip_tos 3/3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "234:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x03",
          "mask": "0x03",
          "loc": "234:27-29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "233:1-8",
      "text": "protocol ipv6 flower ip_tos 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "233:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0000",
          "loc": "233:29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "232:1-8",
      "text": "protocol ip flower ip_tos 184",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "232:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0xb8",
          "loc": "232:27-29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "231:1-8",
      "text": "protocol ip flower ip_proto 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "231:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 0,
          "loc": "231:29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "230:1-8",
      "text": "protocol ip flower ip_proto 6",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "230:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "230:29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "229:1-8",
      "text": "protocol arp flower arp_op 2/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "229:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "229:28-30"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "229:28-30"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "229:28-30"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "229:28-30"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "229:28-30"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 2,
          "mask": 2,
          "loc": "229:28-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "228:1-8",
      "text": "protocol ip flower dst_ip 10.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "228:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.1.0.0",
          "loc": "228:27-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "227:1-8",
      "text": "protocol ip flower src_ip 10.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "227:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.1.0.0",
          "loc": "227:27-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "226:1-8",
      "text": "protocol ipv6 flower ip_ttl 40",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "226:10-13"
        },
        {
          "field": "ip6_hlim",
          "op": "eq",
          "value": 40,
          "loc": "226:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "225:1-8",
      "text": "protocol ipv6 flower ip_ttl 64",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "225:10-13"
        },
        {
          "field": "ip6_hlim",
          "op": "eq",
          "value": 64,
          "loc": "225:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "224:1-8",
      "text": "protocol ip flower ip_tos 0/ff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "224:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x00",
          "loc": "224:27-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "223:1-8",
      "text": "protocol ipv6 flower ip_tos b8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "223:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x00b8",
          "loc": "223:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "222:1-8",
      "text": "protocol ip flower ip_tos 0x10",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "222:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x10",
          "loc": "222:27-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "221:1-8",
      "text": "protocol ipv6 flower ip_tos 16",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "221:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0010",
          "loc": "221:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "220:1-8",
      "text": "protocol ip flower ip_proto ff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "220:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 255,
          "loc": "220:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "219:1-8",
      "text": "protocol ip flower ip_proto 2f",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "219:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 47,
          "loc": "219:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "218:1-8",
      "text": "protocol ip flower ip_proto 84",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "218:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "218:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "217:1-8",
      "text": "protocol ip flower ip_proto 11",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "217:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "217:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "216:1-8",
      "text": "protocol ip flower ip_proto 73",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "216:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 115,
          "loc": "216:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "215:1-8",
      "text": "protocol ip flower ip_proto 33",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "215:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 51,
          "loc": "215:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "214:1-8",
      "text": "protocol ip flower ip_proto 32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "214:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 50,
          "loc": "214:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "213:1-8",
      "text": "protocol ipv6 flower ip_proto 6",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "213:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "213:31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "212:1-8",
      "text": "protocol rarp flower arp_op 2/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "212:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "212:29-31"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "212:29-31"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "212:29-31"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "212:29-31"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "212:29-31"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 2,
          "mask": 2,
          "loc": "212:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "211:1-8",
      "text": "protocol ipv6 flower ip_ttl 1/1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "211:10-13"
        },
        {
          "field": "ip6_hlim",
          "op": "eq",
          "value": 1,
          "mask": 1,
          "loc": "211:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "210:1-8",
      "text": "protocol ip flower ip_ttl 64/c0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "210:10-11"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 64,
          "mask": 192,
          "loc": "210:27-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "209:1-8",
      "text": "protocol ip flower ip_tos 255/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "209:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "208:1-8",
      "text": "protocol ipv6 flower ip_tos 3/3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "208:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0003",
          "mask": "0x0003",
          "loc": "208:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "207:1-8",
      "text": "protocol ip flower ip_tos 16/f0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "207:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x10",
          "mask": "0xf0",
          "loc": "207:27-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "206:1-8",
      "text": "protocol ipv6 flower ip_tos 184",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "206:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x00b8",
          "loc": "206:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "205:1-8",
      "text": "protocol ip flower ip_proto udp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "205:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "205:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "204:1-8",
      "text": "protocol ip flower ip_proto tcp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "204:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "204:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "203:1-6",
      "text": "flower src_mac 0:11:22:33:44:55",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "203:16-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "202:1-6",
      "text": "flower dst_mac 0:11:22:33:44:55",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "202:16-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "201:1-8",
      "text": "protocol ipv6 flower ip_proto 33",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "201:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 51,
          "l4": "ip6_flow",
          "loc": "201:31-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "200:1-8",
      "text": "protocol ipv6 flower ip_proto 32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "200:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 50,
          "l4": "ip6_flow",
          "loc": "200:31-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "199:1-8",
      "text": "protocol ipv6 flower ip_proto 11",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "199:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_flow",
          "loc": "199:31-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "198:1-8",
      "text": "protocol ipv6 flower ip_proto 3a",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "198:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_flow",
          "loc": "198:31-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "197:1-8",
      "text": "protocol ip flower tcp_flags 0/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "197:10-11"
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
                    "loc": "197:30-32"
                  },
                  {
                    "field": "ip4_mf",
                    "op": "eq",
                    "value": 0,
                    "loc": "197:30-32"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "197:30-32"
                  }
                ],
                "loc": "197:30-32"
              },
              "loc": "197:30-32"
            },
            {
              "all": [
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "197:30-32"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "197:30-32"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "197:30-32"
                },
                {
                  "field": "tcp_flags",
                  "op": "eq",
                  "value": "0x0000",
                  "mask": "0x0002",
                  "l4": "ip4",
                  "loc": "197:30-32"
                }
              ],
              "loc": "197:30-32"
            }
          ],
          "loc": "197:30-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "196:1-8",
      "text": "protocol ip flower tcp_flags 2/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "196:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "196:30-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "196:30-32"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "196:30-32"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "mask": "0x0002",
          "l4": "ip4",
          "loc": "196:30-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "195:1-8",
      "text": "protocol 802.1Q flower vlan_id 5",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8100",
          "loc": "195:10-15"
        },
        {
          "field": "vlan_id",
          "op": "eq",
          "value": 5,
          "loc": "195:32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "194:1-8",
      "text": "protocol ip flower ip_flags frag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "194:10-11"
        },
        {
          "any": [
            {
              "field": "ip4_mf",
              "op": "eq",
              "value": 1,
              "loc": "194:29-32"
            },
            {
              "field": "ip4_fragoff",
              "op": "range",
              "min": 1,
              "max": 8191,
              "loc": "194:29-32"
            }
          ],
          "loc": "194:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "193:1-8",
      "text": "protocol arp flower arp_op reply",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "193:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "193:28-32"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "193:28-32"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "193:28-32"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "193:28-32"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "193:28-32"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 2,
          "mask": 255,
          "loc": "193:28-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "192:1-8",
      "text": "protocol ipv6 flower dst_ip ::/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "192:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "191:1-8",
      "text": "protocol ipv6 flower src_ip ::/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "191:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "190:1-8",
      "text": "protocol ipv6 flower ip_tos 0/ff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "190:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0000",
          "loc": "190:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "189:1-8",
      "text": "protocol ip flower ip_tos 184/fc",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "189:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0xb8",
          "mask": "0xfc",
          "loc": "189:27-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "188:1-8",
      "text": "protocol ipv6 flower ip_tos 0x10",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "188:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0010",
          "loc": "188:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "187:1-8",
      "text": "protocol ip flower ip_proto 0x11",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "187:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "187:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "186:1-8",
      "text": "protocol ip flower ip_proto icmp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "186:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "186:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "185:1-8",
      "text": "protocol ip flower ip_proto sctp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "185:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "185:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "184:1-6",
      "text": "flower src_mac ff:ff:ff:ff:ff:ff",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "ff:ff:ff:ff:ff:ff",
          "loc": "184:16-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "183:1-6",
      "text": "flower dst_mac ff:ff:ff:ff:ff:ff",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "ff:ff:ff:ff:ff:ff",
          "loc": "183:16-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "182:1-6",
      "text": "flower src_mac 66:77:88:99:aa:bb",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "182:16-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "181:1-6",
      "text": "flower dst_mac 66:77:88:99:aa:bb",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "181:16-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "180:1-6",
      "text": "flower src_mac 00:11:22:33:44:55",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "180:16-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "179:1-6",
      "text": "flower dst_mac 00:11:22:33:44:55",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "179:16-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "178:1-8",
      "text": "protocol ipv6 flower ip_proto udp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "178:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_flow",
          "loc": "178:31-33"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "177:1-8",
      "text": "protocol ipv6 flower ip_proto tcp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "177:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "177:31-33"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "176:1-8",
      "text": "protocol rarp flower arp_op reply",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "176:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "176:29-33"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "176:29-33"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "176:29-33"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "176:29-33"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "176:29-33"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 2,
          "mask": 255,
          "loc": "176:29-33"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "175:1-8",
      "text": "protocol ip flower dst_ip default",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "175:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "174:1-8",
      "text": "protocol ip flower src_ip default",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "174:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "173:1-8",
      "text": "protocol ipv6 flower ip_ttl 64/c0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "173:10-13"
        },
        {
          "field": "ip6_hlim",
          "op": "eq",
          "value": 64,
          "mask": 192,
          "loc": "173:29-33"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "172:1-8",
      "text": "protocol ipv6 flower ip_tos 255/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "172:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "171:1-8",
      "text": "protocol ipv6 flower ip_tos 16/f0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "171:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0010",
          "mask": "0x00f0",
          "loc": "171:29-33"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "170:1-8",
      "text": "protocol ipv6 flower ip_flags frag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "170:10-13"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 1,
          "l4": "ip6_flow",
          "loc": "170:31-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "169:1-8",
      "text": "protocol ipv6 flower tcp_flags 0/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "169:10-13"
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
                    "loc": "169:32-34"
                  },
                  {
                    "field": "ip6_flow_frag",
                    "op": "eq",
                    "value": 0,
                    "l4": "ip6_flow",
                    "loc": "169:32-34"
                  }
                ],
                "loc": "169:32-34"
              },
              "loc": "169:32-34"
            },
            {
              "all": [
                {
                  "field": "ip6_flow_proto",
                  "op": "eq",
                  "value": 6,
                  "l4": "ip6_flow",
                  "loc": "169:32-34"
                },
                {
                  "field": "ip6_flow_frag",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_flow",
                  "loc": "169:32-34"
                },
                {
                  "field": "tcp_flags",
                  "op": "eq",
                  "value": "0x0000",
                  "mask": "0x0002",
                  "l4": "ip6_flow",
                  "loc": "169:32-34"
                }
              ],
              "loc": "169:32-34"
            }
          ],
          "loc": "169:32-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "168:1-8",
      "text": "protocol ipv6 flower ip_proto sctp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "168:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 132,
          "l4": "ip6_flow",
          "loc": "168:31-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "167:1-8",
      "text": "protocol ip flower ip_flags nofrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "167:10-11"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "167:29-34"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "167:29-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "166:1-8",
      "text": "protocol arp flower arp_op request",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "166:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "166:28-34"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "166:28-34"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "166:28-34"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "166:28-34"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "166:28-34"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 1,
          "mask": 255,
          "loc": "166:28-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "165:1-8",
      "text": "protocol ip flower dst_ip 10.0.0.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "165:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "165:27-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "164:1-8",
      "text": "protocol ip flower src_ip 10.0.0.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "164:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "164:27-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "163:1-8",
      "text": "protocol ipv6 flower ip_tos 184/fc",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "163:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x00b8",
          "mask": "0x00fc",
          "loc": "163:29-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "162:1-6",
      "text": "flower dst_mac 00:11:22:33:44:55/0",
      "match": [],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "161:1-8",
      "text": "protocol rarp flower arp_op request",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "161:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "161:29-35"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "161:29-35"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "161:29-35"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "161:29-35"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "161:29-35"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 1,
          "mask": 255,
          "loc": "161:29-35"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "160:1-8",
      "text": "protocol ip flower dst_ip 0.0.0.0/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "160:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "159:1-8",
      "text": "protocol ip flower src_ip 0.0.0.0/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "159:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "158:1-8",
      "text": "protocol ip flower dst_ip 010.1.2.3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "158:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "8.1.2.3",
          "loc": "158:27-35"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "157:1-8",
      "text": "protocol ip flower src_ip 010.1.2.3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "157:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "8.1.2.3",
          "loc": "157:27-35"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "156:1-6",
      "text": "flower src_mac 66:77:88:99:aa:bb/16",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "66:77:00:00:00:00",
          "mask": "ff:ff:00:00:00:00",
          "loc": "156:16-35"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "155:1-6",
      "text": "flower dst_mac 00:11:22:00:00:00/24",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:00:00:00",
          "mask": "ff:ff:ff:00:00:00",
          "loc": "155:16-35"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "154:1-8",
      "text": "protocol ipv6 flower ip_flags nofrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "154:10-13"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "154:31-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "153:1-8",
      "text": "protocol ipv6 flower ip_proto icmpv6",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "153:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_flow",
          "loc": "153:31-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "152:1-8",
      "text": "protocol arp flower arp_sip 10.0.0.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "152:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "152:29-36"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "152:29-36"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "152:29-36"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "152:29-36"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "152:29-36"
        },
        {
          "field": "arp_spa",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "152:29-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "151:1-8",
      "text": "protocol ip flower dst_ip 8.8.8.8/31",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "151:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "8.8.8.8",
          "mask": "255.255.255.254",
          "loc": "151:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "150:1-8",
      "text": "protocol ip flower src_ip 8.8.8.8/31",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "150:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "8.8.8.8",
          "mask": "255.255.255.254",
          "loc": "150:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "149:1-8",
      "text": "protocol ip flower dst_ip 0x0a.0.0.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "149:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "149:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "148:1-8",
      "text": "protocol ip flower src_ip 0x0a.0.0.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "148:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "148:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "147:1-8",
      "text": "protocol ip flower dst_ip 10.1.2.3/8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "147:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "147:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "146:1-8",
      "text": "protocol ip flower src_ip 10.1.2.3/8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "146:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "146:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "145:1-8",
      "text": "protocol ip flower dst_ip 10.0.0.0/8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "145:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "145:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "144:1-8",
      "text": "protocol ip flower src_ip 10.0.0.0/8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "144:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "144:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "143:1-8",
      "text": "protocol ip flower ip_flags firstfrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "143:10-11"
        },
        {
          "all": [
            {
              "field": "ip4_mf",
              "op": "eq",
              "value": 1,
              "loc": "143:29-37"
            },
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "143:29-37"
            }
          ],
          "loc": "143:29-37"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "142:1-8",
      "text": "protocol rarp flower arp_sip 10.0.0.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "142:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "142:30-37"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "142:30-37"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "142:30-37"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "142:30-37"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "142:30-37"
        },
        {
          "field": "arp_spa",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "142:30-37"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "141:1-8",
      "text": "protocol arp flower arp_sip 0.0.0.0/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "141:10-12"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "140:1-8",
      "text": "protocol ip flower dst_ip 10.0.0.2/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "140:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.2",
          "loc": "140:27-37"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "139:1-8",
      "text": "protocol ip flower src_ip 10.0.0.2/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "139:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.2",
          "loc": "139:27-37"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "138:1-8",
      "text": "protocol 802.1Q flower vlan_ethtype ip",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8100",
          "loc": "138:10-15"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "net_off": 18,
          "loc": "138:37-38"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "137:1-8",
      "text": "protocol rarp flower arp_sip 0.0.0.0/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "137:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "136:1-8",
      "text": "protocol arp flower arp_tip 10.0.0.0/8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "136:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "136:29-38"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "136:29-38"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "136:29-38"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "136:29-38"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "136:29-38"
        },
        {
          "field": "arp_tpa",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "136:29-38"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "135:1-8",
      "text": "protocol ipv6 flower dst_ip fe80::1/10",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "135:10-13"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "fe80::",
          "mask": "ffc0::",
          "loc": "135:29-38"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "134:1-8",
      "text": "protocol ipv6 flower src_ip fe80::1/10",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "134:10-13"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "fe80::",
          "mask": "ffc0::",
          "loc": "134:29-38"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "133:1-8",
      "text": "protocol ip flower ip_flags nofirstfrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "133:10-11"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_mf",
                "op": "eq",
                "value": 1,
                "loc": "133:29-39"
              },
              {
                "field": "ip4_fragoff",
                "op": "eq",
                "value": 0,
                "loc": "133:29-39"
              }
            ],
            "loc": "133:29-39"
          },
          "loc": "133:29-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "132:1-8",
      "text": "protocol rarp flower arp_tip 10.0.0.0/8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "132:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "132:30-39"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "132:30-39"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "132:30-39"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "132:30-39"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "132:30-39"
        },
        {
          "field": "arp_tpa",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "132:30-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "131:1-8",
      "text": "protocol ip flower ip_proto icmp code 3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "131:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "131:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "131:39"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "131:39"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 3,
          "l4": "ip4",
          "loc": "131:39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "130:1-8",
      "text": "protocol ip flower ip_proto icmp code 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "130:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "130:29-32"
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
                    "loc": "130:39"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "130:39"
                  }
                ],
                "loc": "130:39"
              },
              "loc": "130:39"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "130:39"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "130:39"
                },
                {
                  "field": "icmp_code",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip4",
                  "loc": "130:39"
                }
              ],
              "loc": "130:39"
            }
          ],
          "loc": "130:39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "129:1-8",
      "text": "protocol ip flower ip_proto icmp code 8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "129:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "129:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "129:39"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "129:39"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 8,
          "l4": "ip4",
          "loc": "129:39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "128:1-8",
      "text": "protocol ip flower ip_proto icmp type 3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "128:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "128:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "128:39"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "128:39"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 3,
          "l4": "ip4",
          "loc": "128:39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "127:1-8",
      "text": "protocol ip flower ip_proto icmp type 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "127:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "127:29-32"
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
                    "loc": "127:39"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "127:39"
                  }
                ],
                "loc": "127:39"
              },
              "loc": "127:39"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "127:39"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "127:39"
                },
                {
                  "field": "icmp_type",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip4",
                  "loc": "127:39"
                }
              ],
              "loc": "127:39"
            }
          ],
          "loc": "127:39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "126:1-8",
      "text": "protocol ip flower ip_proto icmp type 8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "126:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "126:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "126:39"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "126:39"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 8,
          "l4": "ip4",
          "loc": "126:39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "125:1-8",
      "text": "protocol ipv6 flower dst_ip 2001:db8::1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "125:10-13"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8::1",
          "loc": "125:29-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "124:1-8",
      "text": "protocol ipv6 flower src_ip 2001:db8::1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "124:10-13"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::1",
          "loc": "124:29-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "123:1-8",
      "text": "protocol ip flower dst_ip 172.16.0.1/12",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "123:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "172.16.0.0",
          "mask": "255.240.0.0",
          "loc": "123:27-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "122:1-8",
      "text": "protocol ip flower src_ip 172.16.0.1/12",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "122:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "172.16.0.0",
          "mask": "255.240.0.0",
          "loc": "122:27-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "121:1-8",
      "text": "protocol ipv6 flower ip_flags nofirstfrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "121:10-13"
        },
        {
          "field": "ip6_flow_first",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "121:31-41"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "120:1-8",
      "text": "protocol ip flower ip_proto icmp code 3/3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "120:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "120:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "120:39-41"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "120:39-41"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 3,
          "mask": 3,
          "l4": "ip4",
          "loc": "120:39-41"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "119:1-8",
      "text": "protocol ip flower ip_proto icmp type 3/3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "119:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "119:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "119:39-41"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "119:39-41"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 3,
          "mask": 3,
          "l4": "ip4",
          "loc": "119:39-41"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "118:1-8",
      "text": "protocol ipv6 flower dst_ip 2001:db8::/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "118:10-13"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8::",
          "mask": "ffff:ffff::",
          "loc": "118:29-41"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "117:1-8",
      "text": "protocol ipv6 flower src_ip 2001:db8::/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "117:10-13"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::",
          "mask": "ffff:ffff::",
          "loc": "117:29-41"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "116:1-8",
      "text": "protocol ipv6 flower dst_ip 2001:db8::2/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "116:10-13"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8::",
          "mask": "ffff:ffff::",
          "loc": "116:29-42"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "115:1-8",
      "text": "protocol ipv6 flower src_ip 2001:db8::2/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "115:10-13"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::",
          "mask": "ffff:ffff::",
          "loc": "115:29-42"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "114:1-8",
      "text": "protocol ip flower dst_ip 192.168.1.100/24",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "114:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "192.168.1.0",
          "mask": "255.255.255.0",
          "loc": "114:27-42"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "113:1-8",
      "text": "protocol ip flower src_ip 192.168.1.100/24",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "113:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "192.168.1.0",
          "mask": "255.255.255.0",
          "loc": "113:27-42"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "112:1-8",
      "text": "protocol ipv6 flower ip_proto icmpv6 code 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "112:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_flow",
          "loc": "112:31-36"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "112:43"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 1,
          "l4": "ip6_flow",
          "loc": "112:43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "111:1-8",
      "text": "protocol ipv6 flower ip_proto icmpv6 code 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "111:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_flow",
          "loc": "111:31-36"
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
                    "loc": "111:43"
                  }
                ],
                "loc": "111:43"
              },
              "loc": "111:43"
            },
            {
              "all": [
                {
                  "field": "ip6_flow_frag",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_flow",
                  "loc": "111:43"
                },
                {
                  "field": "icmp_code",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_flow",
                  "loc": "111:43"
                }
              ],
              "loc": "111:43"
            }
          ],
          "loc": "111:43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "110:1-8",
      "text": "protocol ipv6 flower ip_proto icmpv6 type 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "110:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_flow",
          "loc": "110:31-36"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "110:43"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 1,
          "l4": "ip6_flow",
          "loc": "110:43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "109:1-8",
      "text": "protocol ipv6 flower ip_proto icmpv6 type 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "109:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_flow",
          "loc": "109:31-36"
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
                    "loc": "109:43"
                  }
                ],
                "loc": "109:43"
              },
              "loc": "109:43"
            },
            {
              "all": [
                {
                  "field": "ip6_flow_frag",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_flow",
                  "loc": "109:43"
                },
                {
                  "field": "icmp_type",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_flow",
                  "loc": "109:43"
                }
              ],
              "loc": "109:43"
            }
          ],
          "loc": "109:43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "108:1-8",
      "text": "protocol ip flower ip_proto icmp code 8/240",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "108:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "108:29-32"
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
                    "loc": "108:39-43"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "108:39-43"
                  }
                ],
                "loc": "108:39-43"
              },
              "loc": "108:39-43"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "108:39-43"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "108:39-43"
                },
                {
                  "field": "icmp_code",
                  "op": "eq",
                  "value": 0,
                  "mask": 240,
                  "l4": "ip4",
                  "loc": "108:39-43"
                }
              ],
              "loc": "108:39-43"
            }
          ],
          "loc": "108:39-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "107:1-8",
      "text": "protocol ip flower ip_proto icmp type 8/240",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "107:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "107:29-32"
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
                    "loc": "107:39-43"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "107:39-43"
                  }
                ],
                "loc": "107:39-43"
              },
              "loc": "107:39-43"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "107:39-43"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "107:39-43"
                },
                {
                  "field": "icmp_type",
                  "op": "eq",
                  "value": 0,
                  "mask": 240,
                  "l4": "ip4",
                  "loc": "107:39-43"
                }
              ],
              "loc": "107:39-43"
            }
          ],
          "loc": "107:39-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "106:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "106:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "106:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "106:43"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "106:43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "106:43"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "l4": "ip4",
          "loc": "106:43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "105:1-8",
      "text": "protocol ip flower ip_proto udp src_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "105:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "105:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "105:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "105:42-43"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "105:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "104:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "104:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "104:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "104:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "104:42-43"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "104:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "103:1-8",
      "text": "protocol ip flower ip_proto udp src_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "103:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "103:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "103:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "103:42-43"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "103:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "102:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "102:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "102:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "102:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "102:42-43"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "102:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "101:1-8",
      "text": "protocol ip flower ip_proto tcp src_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "101:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "101:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "101:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "101:42-43"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "101:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "100:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "100:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "100:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "100:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "100:42-43"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "100:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "99:1-8",
      "text": "protocol ip flower ip_proto tcp src_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "99:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "99:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "99:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "99:42-43"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "99:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "98:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "98:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "98:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "98:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "98:42-43"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "98:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "97:1-8",
      "text": "protocol ip flower dst_mac 0:11:22:33:44:55",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "97:10-11"
        },
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "97:28-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "96:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 10",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "96:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "96:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "96:43-44"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "96:43-44"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "96:43-44"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0010",
          "l4": "ip4",
          "loc": "96:43-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "95:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 12",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "95:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "95:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "95:43-44"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "95:43-44"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "95:43-44"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0012",
          "l4": "ip4",
          "loc": "95:43-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "94:1-8",
      "text": "protocol ip flower ip_proto sctp src_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "94:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "94:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "94:43-44"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "94:43-44"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "94:43-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "93:1-8",
      "text": "protocol ip flower ip_proto sctp dst_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "93:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "93:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "93:43-44"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "93:43-44"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "93:43-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "92:1-8",
      "text": "protocol ip flower ip_proto sctp src_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "92:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "92:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "92:43-44"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "92:43-44"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "92:43-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "91:1-8",
      "text": "protocol ip flower ip_proto sctp dst_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "91:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "91:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "91:43-44"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "91:43-44"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "91:43-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "90:1-8",
      "text": "protocol ip flower dst_mac ff:ff:ff:ff:ff:ff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "90:10-11"
        },
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "ff:ff:ff:ff:ff:ff",
          "loc": "90:28-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "89:1-8",
      "text": "protocol ip flower dst_mac 66:77:88:99:aa:bb",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "89:10-11"
        },
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "89:28-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "88:1-8",
      "text": "protocol ip flower dst_mac 00:11:22:33:44:55",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "88:10-11"
        },
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "88:28-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "87:1-8",
      "text": "protocol ipv6 flower ip_proto icmpv6 code 129",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "87:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_flow",
          "loc": "87:31-36"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "87:43-45"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 129,
          "l4": "ip6_flow",
          "loc": "87:43-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "86:1-8",
      "text": "protocol ipv6 flower ip_proto icmpv6 code 128",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "86:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_flow",
          "loc": "86:31-36"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "86:43-45"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 128,
          "l4": "ip6_flow",
          "loc": "86:43-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "85:1-8",
      "text": "protocol ipv6 flower ip_proto icmpv6 type 129",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "85:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_flow",
          "loc": "85:31-36"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "85:43-45"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 129,
          "l4": "ip6_flow",
          "loc": "85:43-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "84:1-8",
      "text": "protocol ipv6 flower ip_proto icmpv6 type 128",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "84:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 58,
          "l4": "ip6_flow",
          "loc": "84:31-36"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "84:43-45"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 128,
          "l4": "ip6_flow",
          "loc": "84:43-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "83:1-8",
      "text": "protocol ipv6 flower ip_proto tcp tcp_flags 2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "83:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "83:31-33"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "83:45"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "83:45"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "l4": "ip6_flow",
          "loc": "83:45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "82:1-8",
      "text": "protocol ipv6 flower ip_proto udp src_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "82:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_flow",
          "loc": "82:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "82:44-45"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 53,
          "l4": "ip6_flow",
          "loc": "82:44-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "81:1-8",
      "text": "protocol ipv6 flower ip_proto udp dst_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "81:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_flow",
          "loc": "81:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "81:44-45"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip6_flow",
          "loc": "81:44-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "80:1-8",
      "text": "protocol ipv6 flower ip_proto udp src_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "80:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_flow",
          "loc": "80:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "80:44-45"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 80,
          "l4": "ip6_flow",
          "loc": "80:44-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "79:1-8",
      "text": "protocol ipv6 flower ip_proto udp dst_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "79:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_flow",
          "loc": "79:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "79:44-45"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip6_flow",
          "loc": "79:44-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "78:1-8",
      "text": "protocol ipv6 flower ip_proto tcp src_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "78:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "78:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "78:44-45"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 53,
          "l4": "ip6_flow",
          "loc": "78:44-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "77:1-8",
      "text": "protocol ipv6 flower ip_proto tcp dst_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "77:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "77:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "77:44-45"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip6_flow",
          "loc": "77:44-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "76:1-8",
      "text": "protocol ipv6 flower ip_proto tcp src_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "76:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "76:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "76:44-45"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 80,
          "l4": "ip6_flow",
          "loc": "76:44-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "75:1-8",
      "text": "protocol ipv6 flower ip_proto tcp dst_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "75:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "75:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "75:44-45"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip6_flow",
          "loc": "75:44-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "74:1-8",
      "text": "protocol arp flower arp_tha 00:00:00:00:00:00",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "74:10-12"
        },
        {
          "any": [
            {
              "not": {
                "all": [
                  {
                    "field": "arp_htype",
                    "op": "eq",
                    "value": 1,
                    "loc": "74:29-45"
                  },
                  {
                    "field": "arp_ptype",
                    "op": "eq",
                    "value": "0x0800",
                    "loc": "74:29-45"
                  },
                  {
                    "field": "arp_hlen",
                    "op": "eq",
                    "value": 6,
                    "loc": "74:29-45"
                  },
                  {
                    "field": "arp_plen",
                    "op": "eq",
                    "value": 4,
                    "loc": "74:29-45"
                  },
                  {
                    "field": "arp_op",
                    "op": "range",
                    "min": 1,
                    "max": 2,
                    "loc": "74:29-45"
                  }
                ],
                "loc": "74:29-45"
              },
              "loc": "74:29-45"
            },
            {
              "all": [
                {
                  "field": "arp_htype",
                  "op": "eq",
                  "value": 1,
                  "loc": "74:29-45"
                },
                {
                  "field": "arp_ptype",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "74:29-45"
                },
                {
                  "field": "arp_hlen",
                  "op": "eq",
                  "value": 6,
                  "loc": "74:29-45"
                },
                {
                  "field": "arp_plen",
                  "op": "eq",
                  "value": 4,
                  "loc": "74:29-45"
                },
                {
                  "field": "arp_op",
                  "op": "range",
                  "min": 1,
                  "max": 2,
                  "loc": "74:29-45"
                },
                {
                  "field": "arp_tha",
                  "op": "eq",
                  "value": "00:00:00:00:00:00",
                  "loc": "74:29-45"
                }
              ],
              "loc": "74:29-45"
            }
          ],
          "loc": "74:29-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "73:1-8",
      "text": "protocol arp flower arp_sha 66:77:88:99:aa:bb",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "73:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "73:29-45"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "73:29-45"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "73:29-45"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "73:29-45"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "73:29-45"
        },
        {
          "field": "arp_sha",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "73:29-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "72:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags fff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "72:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "72:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "72:43-45"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "72:43-45"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "72:43-45"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0fff",
          "l4": "ip4",
          "loc": "72:43-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "71:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 0/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "71:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "71:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "70:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 4/4",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "70:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "70:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "70:43-45"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "70:43-45"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "70:43-45"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0004",
          "mask": "0x0004",
          "l4": "ip4",
          "loc": "70:43-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "69:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 0/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "69:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "69:29-31"
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
                    "loc": "69:43-45"
                  },
                  {
                    "field": "ip4_mf",
                    "op": "eq",
                    "value": 0,
                    "loc": "69:43-45"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "69:43-45"
                  }
                ],
                "loc": "69:43-45"
              },
              "loc": "69:43-45"
            },
            {
              "all": [
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "69:43-45"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "69:43-45"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "69:43-45"
                },
                {
                  "field": "tcp_flags",
                  "op": "eq",
                  "value": "0x0000",
                  "mask": "0x0002",
                  "l4": "ip4",
                  "loc": "69:43-45"
                }
              ],
              "loc": "69:43-45"
            }
          ],
          "loc": "69:43-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "68:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 2/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "68:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "68:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "68:43-45"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "68:43-45"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "68:43-45"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "mask": "0x0002",
          "l4": "ip4",
          "loc": "68:43-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "67:1-8",
      "text": "protocol ipv6 flower ip_proto sctp src_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "67:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 132,
          "l4": "ip6_flow",
          "loc": "67:31-34"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "67:45-46"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 53,
          "l4": "ip6_flow",
          "loc": "67:45-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "66:1-8",
      "text": "protocol ipv6 flower ip_proto sctp dst_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "66:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 132,
          "l4": "ip6_flow",
          "loc": "66:31-34"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "66:45-46"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip6_flow",
          "loc": "66:45-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "65:1-8",
      "text": "protocol ipv6 flower ip_proto sctp src_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "65:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 132,
          "l4": "ip6_flow",
          "loc": "65:31-34"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "65:45-46"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 80,
          "l4": "ip6_flow",
          "loc": "65:45-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "64:1-8",
      "text": "protocol ipv6 flower ip_proto sctp dst_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "64:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 132,
          "l4": "ip6_flow",
          "loc": "64:31-34"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "64:45-46"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip6_flow",
          "loc": "64:45-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "63:1-8",
      "text": "protocol ip flower ip_proto udp tcp_flags 0/12",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "63:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "63:29-31"
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
                    "loc": "63:43-46"
                  },
                  {
                    "field": "ip4_mf",
                    "op": "eq",
                    "value": 0,
                    "loc": "63:43-46"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "63:43-46"
                  }
                ],
                "loc": "63:43-46"
              },
              "loc": "63:43-46"
            },
            {
              "all": [
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "63:43-46"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "63:43-46"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "63:43-46"
                },
                {
                  "field": "tcp_flags",
                  "op": "eq",
                  "value": "0x0000",
                  "mask": "0x0012",
                  "l4": "ip4",
                  "loc": "63:43-46"
                }
              ],
              "loc": "63:43-46"
            }
          ],
          "loc": "63:43-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "62:1-8",
      "text": "protocol ip flower ip_flags nofrag/nofirstfrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "62:10-11"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "62:29-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "62:29-46"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_mf",
                "op": "eq",
                "value": 1,
                "loc": "62:29-46"
              },
              {
                "field": "ip4_fragoff",
                "op": "eq",
                "value": 0,
                "loc": "62:29-46"
              }
            ],
            "loc": "62:29-46"
          },
          "loc": "62:29-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "61:1-8",
      "text": "protocol rarp flower arp_tha 00:00:00:00:00:00",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "61:10-13"
        },
        {
          "any": [
            {
              "not": {
                "all": [
                  {
                    "field": "arp_htype",
                    "op": "eq",
                    "value": 1,
                    "loc": "61:30-46"
                  },
                  {
                    "field": "arp_ptype",
                    "op": "eq",
                    "value": "0x0800",
                    "loc": "61:30-46"
                  },
                  {
                    "field": "arp_hlen",
                    "op": "eq",
                    "value": 6,
                    "loc": "61:30-46"
                  },
                  {
                    "field": "arp_plen",
                    "op": "eq",
                    "value": 4,
                    "loc": "61:30-46"
                  },
                  {
                    "field": "arp_op",
                    "op": "range",
                    "min": 1,
                    "max": 2,
                    "loc": "61:30-46"
                  }
                ],
                "loc": "61:30-46"
              },
              "loc": "61:30-46"
            },
            {
              "all": [
                {
                  "field": "arp_htype",
                  "op": "eq",
                  "value": 1,
                  "loc": "61:30-46"
                },
                {
                  "field": "arp_ptype",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "61:30-46"
                },
                {
                  "field": "arp_hlen",
                  "op": "eq",
                  "value": 6,
                  "loc": "61:30-46"
                },
                {
                  "field": "arp_plen",
                  "op": "eq",
                  "value": 4,
                  "loc": "61:30-46"
                },
                {
                  "field": "arp_op",
                  "op": "range",
                  "min": 1,
                  "max": 2,
                  "loc": "61:30-46"
                },
                {
                  "field": "arp_tha",
                  "op": "eq",
                  "value": "00:00:00:00:00:00",
                  "loc": "61:30-46"
                }
              ],
              "loc": "61:30-46"
            }
          ],
          "loc": "61:30-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "60:1-8",
      "text": "protocol rarp flower arp_sha 66:77:88:99:aa:bb",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "60:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "60:30-46"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "60:30-46"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "60:30-46"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "60:30-46"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "60:30-46"
        },
        {
          "field": "arp_sha",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "60:30-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "59:1-8",
      "text": "protocol ip flower ip_proto icmp type 8 code 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "59:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "59:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "59:39"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "59:39"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 8,
          "l4": "ip4",
          "loc": "59:39"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 0,
          "l4": "ip4",
          "loc": "59:46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "58:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 443/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "58:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "58:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "57:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 443/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "57:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "57:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "56:1-8",
      "text": "protocol ip flower ip_proto udp src_port 1-100",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "56:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "56:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "56:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "56:42-46"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 1,
          "max": 100,
          "l4": "ip4",
          "loc": "56:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "55:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 1-100",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "55:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "55:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "55:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "55:42-46"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1,
          "max": 100,
          "l4": "ip4",
          "loc": "55:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "54:1-8",
      "text": "protocol ip flower ip_proto udp src_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "54:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "54:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "54:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "54:42-46"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "54:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "53:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "53:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "53:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "53:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "53:42-46"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "53:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "52:1-8",
      "text": "protocol ip flower ip_proto tcp src_port 1-100",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "52:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "52:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "52:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "52:42-46"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 1,
          "max": 100,
          "l4": "ip4",
          "loc": "52:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "51:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 1-100",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "51:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "51:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "51:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "51:42-46"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1,
          "max": 100,
          "l4": "ip4",
          "loc": "51:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "50:1-8",
      "text": "protocol ip flower ip_proto tcp src_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "50:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "50:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "50:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "50:42-46"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "50:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "49:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "49:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "49:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "49:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "49:42-46"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "49:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "48:1-8",
      "text": "protocol ipv6 flower dst_ip 2001:db8:1::100/48",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "48:10-13"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8:1::",
          "mask": "ffff:ffff:ffff::",
          "loc": "48:29-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "47:1-8",
      "text": "protocol ipv6 flower src_ip 2001:db8:1::100/48",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "47:10-13"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8:1::",
          "mask": "ffff:ffff:ffff::",
          "loc": "47:29-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "46:1-8",
      "text": "protocol ipv6 flower ip_proto tcp tcp_flags 0/4",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "46:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "46:31-33"
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
                    "loc": "46:45-47"
                  },
                  {
                    "field": "ip6_flow_frag",
                    "op": "eq",
                    "value": 0,
                    "l4": "ip6_flow",
                    "loc": "46:45-47"
                  }
                ],
                "loc": "46:45-47"
              },
              "loc": "46:45-47"
            },
            {
              "all": [
                {
                  "field": "ip6_flow_proto",
                  "op": "eq",
                  "value": 6,
                  "l4": "ip6_flow",
                  "loc": "46:45-47"
                },
                {
                  "field": "ip6_flow_frag",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip6_flow",
                  "loc": "46:45-47"
                },
                {
                  "field": "tcp_flags",
                  "op": "eq",
                  "value": "0x0000",
                  "mask": "0x0004",
                  "l4": "ip6_flow",
                  "loc": "46:45-47"
                }
              ],
              "loc": "46:45-47"
            }
          ],
          "loc": "46:45-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "45:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 18/ff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "45:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "45:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "45:43-47"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "45:43-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "45:43-47"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0018",
          "mask": "0x00ff",
          "l4": "ip4",
          "loc": "45:43-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "44:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 12/12",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "44:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "44:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "44:43-47"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "44:43-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "44:43-47"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0012",
          "mask": "0x0012",
          "l4": "ip4",
          "loc": "44:43-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "43:1-8",
      "text": "protocol ip flower ip_proto sctp src_port 1-100",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "43:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "43:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "43:43-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "43:43-47"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 1,
          "max": 100,
          "l4": "ip4",
          "loc": "43:43-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "42:1-8",
      "text": "protocol ip flower ip_proto sctp dst_port 1-100",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "42:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "42:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "42:43-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "42:43-47"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1,
          "max": 100,
          "l4": "ip4",
          "loc": "42:43-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "41:1-8",
      "text": "protocol ip flower ip_proto sctp src_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "41:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "41:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "41:43-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "41:43-47"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "41:43-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "40:1-8",
      "text": "protocol ip flower ip_proto sctp dst_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "40:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "40:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "40:43-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "40:43-47"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "40:43-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "39:1-8",
      "text": "protocol ip flower ip_proto udp src_port 80-443",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "39:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "39:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "39:42-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "39:42-47"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 80,
          "max": 443,
          "l4": "ip4",
          "loc": "39:42-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "38:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 80-443",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "38:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "38:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "38:42-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "38:42-47"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 80,
          "max": 443,
          "l4": "ip4",
          "loc": "38:42-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "37:1-8",
      "text": "protocol ip flower ip_proto tcp src_port 80-443",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "37:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "37:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "37:42-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "37:42-47"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 80,
          "max": 443,
          "l4": "ip4",
          "loc": "37:42-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "36:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 80-443",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "36:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "36:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "36:42-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "36:42-47"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 80,
          "max": 443,
          "l4": "ip4",
          "loc": "36:42-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "35:1-8",
      "text": "protocol ipv6 flower ip_proto udp src_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "35:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_flow",
          "loc": "35:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "35:44-48"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip6_flow",
          "loc": "35:44-48"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "34:1-8",
      "text": "protocol ipv6 flower ip_proto udp dst_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "34:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_flow",
          "loc": "34:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "34:44-48"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 12345,
          "l4": "ip6_flow",
          "loc": "34:44-48"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "33:1-8",
      "text": "protocol ipv6 flower ip_proto tcp src_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "33:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "33:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "33:44-48"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip6_flow",
          "loc": "33:44-48"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "32:1-8",
      "text": "protocol ipv6 flower ip_proto tcp dst_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "32:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "32:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "32:44-48"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 12345,
          "l4": "ip6_flow",
          "loc": "32:44-48"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "31:1-8",
      "text": "protocol arp flower arp_tha 00:11:22:33:44:55/24",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "31:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "31:29-48"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "31:29-48"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "31:29-48"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "31:29-48"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "31:29-48"
        },
        {
          "field": "arp_tha",
          "op": "eq",
          "value": "00:11:22:00:00:00",
          "mask": "ff:ff:ff:00:00:00",
          "loc": "31:29-48"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "30:1-8",
      "text": "protocol ip flower ip_proto sctp src_port 80-443",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "30:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "30:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "30:43-48"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "30:43-48"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 80,
          "max": 443,
          "l4": "ip4",
          "loc": "30:43-48"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "29:1-8",
      "text": "protocol ip flower ip_proto sctp dst_port 80-443",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "29:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "29:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "29:43-48"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "29:43-48"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 80,
          "max": 443,
          "l4": "ip4",
          "loc": "29:43-48"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "28:1-8",
      "text": "protocol ipv6 flower ip_proto tcp tcp_flags 10/10",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "28:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "28:31-33"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "28:45-49"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "28:45-49"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0010",
          "mask": "0x0010",
          "l4": "ip6_flow",
          "loc": "28:45-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "27:1-8",
      "text": "protocol ipv6 flower ip_proto tcp tcp_flags 12/12",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "27:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "27:31-33"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "27:45-49"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "27:45-49"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0012",
          "mask": "0x0012",
          "l4": "ip6_flow",
          "loc": "27:45-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "26:1-8",
      "text": "protocol ipv6 flower ip_proto sctp src_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "26:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 132,
          "l4": "ip6_flow",
          "loc": "26:31-34"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "26:45-49"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip6_flow",
          "loc": "26:45-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "25:1-8",
      "text": "protocol ipv6 flower ip_proto sctp dst_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "25:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 132,
          "l4": "ip6_flow",
          "loc": "25:31-34"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "25:45-49"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 12345,
          "l4": "ip6_flow",
          "loc": "25:45-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "24:1-8",
      "text": "protocol ipv6 flower ip_proto udp src_port 1-1023",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "24:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_flow",
          "loc": "24:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "24:44-49"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 1,
          "max": 1023,
          "l4": "ip6_flow",
          "loc": "24:44-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "23:1-8",
      "text": "protocol ipv6 flower ip_proto udp dst_port 1-1023",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "23:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_flow",
          "loc": "23:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "23:44-49"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1,
          "max": 1023,
          "l4": "ip6_flow",
          "loc": "23:44-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "22:1-8",
      "text": "protocol ipv6 flower ip_proto tcp src_port 1-1023",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "22:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "22:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "22:44-49"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 1,
          "max": 1023,
          "l4": "ip6_flow",
          "loc": "22:44-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "21:1-8",
      "text": "protocol ipv6 flower ip_proto tcp dst_port 1-1023",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "21:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_flow",
          "loc": "21:31-33"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "21:44-49"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1,
          "max": 1023,
          "l4": "ip6_flow",
          "loc": "21:44-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "20:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 0/0xffff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "20:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "20:29-31"
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
                    "loc": "20:42-49"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "20:42-49"
                  }
                ],
                "loc": "20:42-49"
              },
              "loc": "20:42-49"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "20:42-49"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "20:42-49"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip4",
                  "loc": "20:42-49"
                }
              ],
              "loc": "20:42-49"
            }
          ],
          "loc": "20:42-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "19:1-8",
      "text": "protocol rarp flower arp_tha 00:11:22:33:44:55/24",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "19:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "19:30-49"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "19:30-49"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "19:30-49"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "19:30-49"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "19:30-49"
        },
        {
          "field": "arp_tha",
          "op": "eq",
          "value": "00:11:22:00:00:00",
          "mask": "ff:ff:ff:00:00:00",
          "loc": "19:30-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "18:1-8",
      "text": "protocol ipv6 flower ip_proto sctp src_port 1-1023",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "18:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 132,
          "l4": "ip6_flow",
          "loc": "18:31-34"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "18:45-50"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 1,
          "max": 1023,
          "l4": "ip6_flow",
          "loc": "18:45-50"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "17:1-8",
      "text": "protocol ipv6 flower ip_proto sctp dst_port 1-1023",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "17:10-13"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 132,
          "l4": "ip6_flow",
          "loc": "17:31-34"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "17:45-50"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1,
          "max": 1023,
          "l4": "ip6_flow",
          "loc": "17:45-50"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "16:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 80/0xff00",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "16:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "16:29-31"
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
                    "loc": "16:42-50"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "16:42-50"
                  }
                ],
                "loc": "16:42-50"
              },
              "loc": "16:42-50"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "16:42-50"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "16:42-50"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 0,
                  "mask": 65280,
                  "l4": "ip4",
                  "loc": "16:42-50"
                }
              ],
              "loc": "16:42-50"
            }
          ],
          "loc": "16:42-50"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "15:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 80/0xff00",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "15:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "15:29-31"
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
                    "loc": "15:42-50"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "15:42-50"
                  }
                ],
                "loc": "15:42-50"
              },
              "loc": "15:42-50"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "15:42-50"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "15:42-50"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 0,
                  "mask": 65280,
                  "l4": "ip4",
                  "loc": "15:42-50"
                }
              ],
              "loc": "15:42-50"
            }
          ],
          "loc": "15:42-50"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "14:1-6",
      "text": "flower src_mac 66:00:88:00:aa:00/ff:00:ff:00:ff:00",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "66:00:88:00:aa:00",
          "mask": "ff:00:ff:00:ff:00",
          "loc": "14:16-50"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "13:1-6",
      "text": "flower dst_mac 01:00:00:00:00:00/01:00:00:00:00:00",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "01:00:00:00:00:00",
          "mask": "01:00:00:00:00:00",
          "loc": "13:16-50"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "12:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 0x11/0x11",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "12:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "12:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "12:43-51"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "12:43-51"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "12:43-51"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0011",
          "mask": "0x0011",
          "l4": "ip4",
          "loc": "12:43-51"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "11:1-8",
      "text": "protocol ip flower dst_ip 192.168.1.0/255.255.255.0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "11:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "192.168.1.0",
          "mask": "255.255.255.0",
          "loc": "11:27-51"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "10:1-8",
      "text": "protocol ip flower src_ip 192.168.1.0/255.255.255.0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "10:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "192.168.1.0",
          "mask": "255.255.255.0",
          "loc": "10:27-51"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "9:1-8",
      "text": "protocol ip flower ip_proto udp src_port 0x3000/0xf000",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "9:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "9:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "9:42-54"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "9:42-54"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12288,
          "mask": 61440,
          "l4": "ip4",
          "loc": "9:42-54"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "8:1-8",
      "text": "protocol ip flower ip_proto tcp src_port 0x3000/0xf000",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "8:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "8:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "8:42-54"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "8:42-54"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12288,
          "mask": 61440,
          "l4": "ip4",
          "loc": "8:42-54"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "7:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 1/0xff src_port 12345 action drop index 3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "7:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "7:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "7:42-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "7:42-47"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 1,
          "mask": 255,
          "l4": "ip4",
          "loc": "7:42-47"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "7:58-62"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "7:71-74"
      }
    },
    {
      "loc": "5:1-8",
      "text": "protocol ip flower dst_mac 00:11:22:33:44:55 ip_proto tcp tcp_flags 2/12 ip_ttl 64 action drop",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:10-11"
        },
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "5:28-44"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "5:55-57"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "5:69-72"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "5:69-72"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "5:69-72"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "mask": "0x0012",
          "l4": "ip4",
          "loc": "5:69-72"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 64,
          "loc": "5:81-82"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:91-94"
      }
    },
    {
      "loc": "4:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 1-1023 src_port 12345 action mirred egress redirect dev eth1",
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
          "value": 17,
          "loc": "4:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "4:42-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "4:42-47"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1,
          "max": 1023,
          "l4": "ip4",
          "loc": "4:42-47"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "4:58-62"
        }
      ],
      "action": {
        "type": "redirect",
        "ifname": "eth1",
        "loc": "4:71-101"
      }
    },
    {
      "loc": "3:1-2",
      "text": "tc filter add dev eth0 ingress protocol ipv6 flower src_ip 2001:db8::/32 ip_tos 0x10/0xf0 action drop",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:41-44"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::",
          "mask": "ffff:ffff::",
          "loc": "3:60-72"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0010",
          "mask": "0x00f0",
          "loc": "3:81-89"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:98-101"
      }
    },
    {
      "loc": "2:1-2",
      "text": "tc filter add dev eth0 ingress protocol ipv6 flower src_ip 2001:db8::1 ip_proto udp dst_port 53 action drop",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "2:41-44"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::1",
          "loc": "2:60-70"
        },
        {
          "field": "ip6_flow_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_flow",
          "loc": "2:81-83"
        },
        {
          "field": "ip6_flow_frag",
          "op": "eq",
          "value": 0,
          "l4": "ip6_flow",
          "loc": "2:94-95"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip6_flow",
          "loc": "2:94-95"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:104-107"
      }
    },
    {
      "loc": "1:1-2",
      "text": "tc filter add dev eth0 ingress protocol ip flower src_ip 10.0.0.1 dst_ip 10.0.0.2 ip_proto tcp src_port 12345 dst_port 80 action drop",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:41-42"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "1:58-65"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.2",
          "loc": "1:74-81"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "1:92-94"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "1:105-109"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "1:105-109"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "1:105-109"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "1:120-121"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:130-133"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
