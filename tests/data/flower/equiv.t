# every filter of tests/flower_equiv.txt (the libpcap equivalences), longest first so that broad filters
# shadow fewer others, so that the kernel test runs them as BPF against the interpreter
== input
tc filter add dev eth0 ingress protocol ip flower src_ip 10.0.0.1 dst_ip 10.0.0.2 ip_proto tcp src_port 12345 dst_port 80 action drop
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
protocol rarp flower arp_tha 00:11:22:33:44:55/24
protocol ip flower ip_proto udp dst_port 0/0xffff
protocol ip flower ip_proto sctp dst_port 80-443
protocol ip flower ip_proto sctp src_port 80-443
protocol arp flower arp_tha 00:11:22:33:44:55/24
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
protocol ip flower ip_proto tcp tcp_flags 2/2
protocol ip flower ip_proto tcp tcp_flags 0/2
protocol ip flower ip_proto tcp tcp_flags 4/4
protocol ip flower ip_proto tcp tcp_flags 0/0
protocol ip flower ip_proto tcp tcp_flags fff
protocol arp flower arp_sha 66:77:88:99:aa:bb
protocol arp flower arp_tha 00:00:00:00:00:00
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
protocol ip flower src_ip 192.168.1.100/24
protocol ip flower dst_ip 192.168.1.100/24
protocol ipv6 flower src_ip 2001:db8::2/32
protocol ipv6 flower dst_ip 2001:db8::2/32
protocol ipv6 flower src_ip 2001:db8::/32
protocol ipv6 flower dst_ip 2001:db8::/32
protocol ip flower ip_proto icmp type 3/3
protocol ip flower ip_proto icmp code 3/3
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
protocol ipv6 flower ip_tos 16/f0
protocol ipv6 flower ip_tos 255/0
protocol ipv6 flower ip_ttl 64/c0
protocol ip flower src_ip default
protocol ip flower dst_ip default
protocol rarp flower arp_op reply
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
      "loc": "5:1-6",
      "text": "filter add dev eth0 egress pref 5 protocol ip flower ip_proto udp dst_port 53 action pass",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:44-45"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "5:63-65"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "5:76-77"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "5:76-77"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "5:76-77"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "5:86-89"
      }
    },
    {
      "loc": "208:1-6",
      "text": "flower",
      "match": [],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "207:1-8",
      "text": "protocol ip flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "207:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "206:1-8",
      "text": "protocol arp flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "206:10-12"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "205:1-8",
      "text": "protocol rarp flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "205:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "204:1-8",
      "text": "protocol ipv6 flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "204:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "203:1-8",
      "text": "protocol ipv4 flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "203:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "202:1-8",
      "text": "protocol 0x8864 flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8864",
          "loc": "202:10-15"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "201:1-8",
      "text": "protocol 802.1Q flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8100",
          "loc": "201:10-15"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "200:1-8",
      "text": "protocol 0x88cc flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x88cc",
          "loc": "200:10-15"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "199:1-8",
      "text": "protocol mpls_uc flower",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8847",
          "loc": "199:10-16"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "198:1-8",
      "text": "protocol ip flower ip_ttl 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "198:10-11"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 1,
          "loc": "198:27"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "197:1-8",
      "text": "protocol ip flower ip_tos 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "197:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x00",
          "loc": "197:27"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "196:1-8",
      "text": "protocol arp flower arp_op 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "196:10-12"
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
                    "loc": "196:28"
                  },
                  {
                    "field": "arp_ptype",
                    "op": "eq",
                    "value": "0x0800",
                    "loc": "196:28"
                  },
                  {
                    "field": "arp_hlen",
                    "op": "eq",
                    "value": 6,
                    "loc": "196:28"
                  },
                  {
                    "field": "arp_plen",
                    "op": "eq",
                    "value": 4,
                    "loc": "196:28"
                  },
                  {
                    "field": "arp_op",
                    "op": "range",
                    "min": 1,
                    "max": 2,
                    "loc": "196:28"
                  }
                ],
                "loc": "196:28"
              },
              "loc": "196:28"
            },
            {
              "all": [
                {
                  "field": "arp_htype",
                  "op": "eq",
                  "value": 1,
                  "loc": "196:28"
                },
                {
                  "field": "arp_ptype",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "196:28"
                },
                {
                  "field": "arp_hlen",
                  "op": "eq",
                  "value": 6,
                  "loc": "196:28"
                },
                {
                  "field": "arp_plen",
                  "op": "eq",
                  "value": 4,
                  "loc": "196:28"
                },
                {
                  "field": "arp_op",
                  "op": "range",
                  "min": 1,
                  "max": 2,
                  "loc": "196:28"
                },
                {
                  "field": "arp_op",
                  "op": "eq",
                  "value": 0,
                  "mask": 255,
                  "loc": "196:28"
                }
              ],
              "loc": "196:28"
            }
          ],
          "loc": "196:28"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "195:1-8",
      "text": "protocol arp flower arp_op 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "195:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "195:28"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "195:28"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "195:28"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "195:28"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "195:28"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 1,
          "mask": 255,
          "loc": "195:28"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "194:1-8",
      "text": "protocol ip flower ip_ttl 40",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "194:10-11"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 40,
          "loc": "194:27-28"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "193:1-8",
      "text": "protocol ip flower ip_ttl 64",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "193:10-11"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 64,
          "loc": "193:27-28"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "192:1-8",
      "text": "protocol ip flower ip_tos b8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "192:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0xb8",
          "loc": "192:27-28"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "191:1-8",
      "text": "protocol ip flower ip_tos 16",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "191:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x10",
          "loc": "191:27-28"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "190:1-8",
      "text": "protocol rarp flower arp_op 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "190:10-13"
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
                    "loc": "190:29"
                  },
                  {
                    "field": "arp_ptype",
                    "op": "eq",
                    "value": "0x0800",
                    "loc": "190:29"
                  },
                  {
                    "field": "arp_hlen",
                    "op": "eq",
                    "value": 6,
                    "loc": "190:29"
                  },
                  {
                    "field": "arp_plen",
                    "op": "eq",
                    "value": 4,
                    "loc": "190:29"
                  },
                  {
                    "field": "arp_op",
                    "op": "range",
                    "min": 1,
                    "max": 2,
                    "loc": "190:29"
                  }
                ],
                "loc": "190:29"
              },
              "loc": "190:29"
            },
            {
              "all": [
                {
                  "field": "arp_htype",
                  "op": "eq",
                  "value": 1,
                  "loc": "190:29"
                },
                {
                  "field": "arp_ptype",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "190:29"
                },
                {
                  "field": "arp_hlen",
                  "op": "eq",
                  "value": 6,
                  "loc": "190:29"
                },
                {
                  "field": "arp_plen",
                  "op": "eq",
                  "value": 4,
                  "loc": "190:29"
                },
                {
                  "field": "arp_op",
                  "op": "range",
                  "min": 1,
                  "max": 2,
                  "loc": "190:29"
                },
                {
                  "field": "arp_op",
                  "op": "eq",
                  "value": 0,
                  "mask": 255,
                  "loc": "190:29"
                }
              ],
              "loc": "190:29"
            }
          ],
          "loc": "190:29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "189:1-8",
      "text": "protocol rarp flower arp_op 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "189:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "189:29"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "189:29"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "189:29"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "189:29"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "189:29"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 1,
          "mask": 255,
          "loc": "189:29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "188:1-8",
      "text": "protocol ip flower dst_ip any",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "188:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "187:1-8",
      "text": "protocol ip flower src_ip any",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "187:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "186:1-8",
      "text": "protocol ip flower ip_ttl 1/1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "186:10-11"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 1,
          "mask": 1,
          "loc": "186:27-29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "185:1-8",
      "text": "protocol ipv6 flower ip_ttl 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "185:10-13"
        },
        {
          "field": "ip6_hlim",
          "op": "eq",
          "value": 1,
          "loc": "185:29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "184:1-8",
      "text": "protocol ip flower ip_tos 3/3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "184:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x03",
          "mask": "0x03",
          "loc": "184:27-29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "183:1-8",
      "text": "protocol ipv6 flower ip_tos 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "183:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0000",
          "loc": "183:29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "182:1-8",
      "text": "protocol ip flower ip_tos 184",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "182:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0xb8",
          "loc": "182:27-29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "181:1-8",
      "text": "protocol ip flower ip_proto 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "181:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 0,
          "loc": "181:29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "180:1-8",
      "text": "protocol ip flower ip_proto 6",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "180:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "180:29"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "179:1-8",
      "text": "protocol arp flower arp_op 2/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "179:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "179:28-30"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "179:28-30"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "179:28-30"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "179:28-30"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "179:28-30"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 2,
          "mask": 2,
          "loc": "179:28-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "178:1-8",
      "text": "protocol ip flower dst_ip 10.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "178:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.1.0.0",
          "loc": "178:27-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "177:1-8",
      "text": "protocol ip flower src_ip 10.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "177:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.1.0.0",
          "loc": "177:27-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "176:1-8",
      "text": "protocol ipv6 flower ip_ttl 40",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "176:10-13"
        },
        {
          "field": "ip6_hlim",
          "op": "eq",
          "value": 40,
          "loc": "176:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "175:1-8",
      "text": "protocol ipv6 flower ip_ttl 64",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "175:10-13"
        },
        {
          "field": "ip6_hlim",
          "op": "eq",
          "value": 64,
          "loc": "175:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "174:1-8",
      "text": "protocol ip flower ip_tos 0/ff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "174:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x00",
          "loc": "174:27-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "173:1-8",
      "text": "protocol ipv6 flower ip_tos b8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "173:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x00b8",
          "loc": "173:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "172:1-8",
      "text": "protocol ip flower ip_tos 0x10",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "172:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x10",
          "loc": "172:27-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "171:1-8",
      "text": "protocol ipv6 flower ip_tos 16",
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
          "loc": "171:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "170:1-8",
      "text": "protocol ip flower ip_proto ff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "170:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 255,
          "loc": "170:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "169:1-8",
      "text": "protocol ip flower ip_proto 2f",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "169:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 47,
          "loc": "169:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "168:1-8",
      "text": "protocol ip flower ip_proto 84",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "168:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "168:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "167:1-8",
      "text": "protocol ip flower ip_proto 11",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "167:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "167:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "166:1-8",
      "text": "protocol ip flower ip_proto 73",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "166:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 115,
          "loc": "166:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "165:1-8",
      "text": "protocol ip flower ip_proto 33",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "165:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 51,
          "loc": "165:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "164:1-8",
      "text": "protocol ip flower ip_proto 32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "164:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 50,
          "loc": "164:29-30"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "163:1-8",
      "text": "protocol rarp flower arp_op 2/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "163:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "163:29-31"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "163:29-31"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "163:29-31"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "163:29-31"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "163:29-31"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 2,
          "mask": 2,
          "loc": "163:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "162:1-8",
      "text": "protocol ipv6 flower ip_ttl 1/1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "162:10-13"
        },
        {
          "field": "ip6_hlim",
          "op": "eq",
          "value": 1,
          "mask": 1,
          "loc": "162:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "161:1-8",
      "text": "protocol ip flower ip_ttl 64/c0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "161:10-11"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 64,
          "mask": 192,
          "loc": "161:27-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "160:1-8",
      "text": "protocol ip flower ip_tos 255/0",
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
      "text": "protocol ipv6 flower ip_tos 3/3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "159:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0003",
          "mask": "0x0003",
          "loc": "159:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "158:1-8",
      "text": "protocol ip flower ip_tos 16/f0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "158:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0x10",
          "mask": "0xf0",
          "loc": "158:27-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "157:1-8",
      "text": "protocol ipv6 flower ip_tos 184",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "157:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x00b8",
          "loc": "157:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "156:1-8",
      "text": "protocol ip flower ip_proto udp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "156:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "156:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "155:1-8",
      "text": "protocol ip flower ip_proto tcp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "155:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "155:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "154:1-6",
      "text": "flower src_mac 0:11:22:33:44:55",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "154:16-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "153:1-6",
      "text": "flower dst_mac 0:11:22:33:44:55",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "153:16-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "152:1-8",
      "text": "protocol ip flower tcp_flags 0/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "152:10-11"
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
                    "loc": "152:30-32"
                  },
                  {
                    "field": "ip4_mf",
                    "op": "eq",
                    "value": 0,
                    "loc": "152:30-32"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "152:30-32"
                  }
                ],
                "loc": "152:30-32"
              },
              "loc": "152:30-32"
            },
            {
              "all": [
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "152:30-32"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "152:30-32"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "152:30-32"
                },
                {
                  "field": "tcp_flags",
                  "op": "eq",
                  "value": "0x0000",
                  "mask": "0x0002",
                  "l4": "ip4",
                  "loc": "152:30-32"
                }
              ],
              "loc": "152:30-32"
            }
          ],
          "loc": "152:30-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "151:1-8",
      "text": "protocol ip flower tcp_flags 2/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "151:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "151:30-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "151:30-32"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "151:30-32"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "mask": "0x0002",
          "l4": "ip4",
          "loc": "151:30-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "150:1-8",
      "text": "protocol 802.1Q flower vlan_id 5",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8100",
          "loc": "150:10-15"
        },
        {
          "field": "vlan_id",
          "op": "eq",
          "value": 5,
          "loc": "150:32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "149:1-8",
      "text": "protocol ip flower ip_flags frag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "149:10-11"
        },
        {
          "any": [
            {
              "field": "ip4_mf",
              "op": "eq",
              "value": 1,
              "loc": "149:29-32"
            },
            {
              "field": "ip4_fragoff",
              "op": "range",
              "min": 1,
              "max": 8191,
              "loc": "149:29-32"
            }
          ],
          "loc": "149:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "148:1-8",
      "text": "protocol arp flower arp_op reply",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "148:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "148:28-32"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "148:28-32"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "148:28-32"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "148:28-32"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "148:28-32"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 2,
          "mask": 255,
          "loc": "148:28-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "147:1-8",
      "text": "protocol ipv6 flower dst_ip ::/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "147:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "146:1-8",
      "text": "protocol ipv6 flower src_ip ::/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "146:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "145:1-8",
      "text": "protocol ipv6 flower ip_tos 0/ff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "145:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0000",
          "loc": "145:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "144:1-8",
      "text": "protocol ip flower ip_tos 184/fc",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "144:10-11"
        },
        {
          "field": "ip4_tos",
          "op": "eq",
          "value": "0xb8",
          "mask": "0xfc",
          "loc": "144:27-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "143:1-8",
      "text": "protocol ipv6 flower ip_tos 0x10",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "143:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0010",
          "loc": "143:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "142:1-8",
      "text": "protocol ip flower ip_proto 0x11",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "142:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "142:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "141:1-8",
      "text": "protocol ip flower ip_proto icmp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "141:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "141:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "140:1-8",
      "text": "protocol ip flower ip_proto sctp",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "140:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "140:29-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "139:1-6",
      "text": "flower src_mac ff:ff:ff:ff:ff:ff",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "ff:ff:ff:ff:ff:ff",
          "loc": "139:16-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "138:1-6",
      "text": "flower dst_mac ff:ff:ff:ff:ff:ff",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "ff:ff:ff:ff:ff:ff",
          "loc": "138:16-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "137:1-6",
      "text": "flower src_mac 66:77:88:99:aa:bb",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "137:16-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "136:1-6",
      "text": "flower dst_mac 66:77:88:99:aa:bb",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "136:16-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "135:1-6",
      "text": "flower src_mac 00:11:22:33:44:55",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "135:16-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "134:1-6",
      "text": "flower dst_mac 00:11:22:33:44:55",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "134:16-32"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "133:1-8",
      "text": "protocol rarp flower arp_op reply",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "133:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "133:29-33"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "133:29-33"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "133:29-33"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "133:29-33"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "133:29-33"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 2,
          "mask": 255,
          "loc": "133:29-33"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "132:1-8",
      "text": "protocol ip flower dst_ip default",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "132:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "131:1-8",
      "text": "protocol ip flower src_ip default",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "131:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "130:1-8",
      "text": "protocol ipv6 flower ip_ttl 64/c0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "130:10-13"
        },
        {
          "field": "ip6_hlim",
          "op": "eq",
          "value": 64,
          "mask": 192,
          "loc": "130:29-33"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "129:1-8",
      "text": "protocol ipv6 flower ip_tos 255/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "129:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "128:1-8",
      "text": "protocol ipv6 flower ip_tos 16/f0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "128:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0010",
          "mask": "0x00f0",
          "loc": "128:29-33"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "127:1-8",
      "text": "protocol ip flower ip_flags nofrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "127:10-11"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "127:29-34"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "127:29-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "126:1-8",
      "text": "protocol arp flower arp_op request",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "126:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "126:28-34"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "126:28-34"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "126:28-34"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "126:28-34"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "126:28-34"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 1,
          "mask": 255,
          "loc": "126:28-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "125:1-8",
      "text": "protocol ip flower dst_ip 10.0.0.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "125:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "125:27-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "124:1-8",
      "text": "protocol ip flower src_ip 10.0.0.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "124:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "124:27-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "123:1-8",
      "text": "protocol ipv6 flower ip_tos 184/fc",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "123:10-13"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x00b8",
          "mask": "0x00fc",
          "loc": "123:29-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "122:1-6",
      "text": "flower dst_mac 00:11:22:33:44:55/0",
      "match": [],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "121:1-8",
      "text": "protocol rarp flower arp_op request",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "121:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "121:29-35"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "121:29-35"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "121:29-35"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "121:29-35"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "121:29-35"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 1,
          "mask": 255,
          "loc": "121:29-35"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "120:1-8",
      "text": "protocol ip flower dst_ip 0.0.0.0/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "120:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "119:1-8",
      "text": "protocol ip flower src_ip 0.0.0.0/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "119:10-11"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "118:1-8",
      "text": "protocol ip flower dst_ip 010.1.2.3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "118:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "8.1.2.3",
          "loc": "118:27-35"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "117:1-8",
      "text": "protocol ip flower src_ip 010.1.2.3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "117:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "8.1.2.3",
          "loc": "117:27-35"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "116:1-6",
      "text": "flower src_mac 66:77:88:99:aa:bb/16",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "66:77:00:00:00:00",
          "mask": "ff:ff:00:00:00:00",
          "loc": "116:16-35"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "115:1-6",
      "text": "flower dst_mac 00:11:22:00:00:00/24",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:00:00:00",
          "mask": "ff:ff:ff:00:00:00",
          "loc": "115:16-35"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "114:1-8",
      "text": "protocol arp flower arp_sip 10.0.0.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "114:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "114:29-36"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "114:29-36"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "114:29-36"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "114:29-36"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "114:29-36"
        },
        {
          "field": "arp_spa",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "114:29-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "113:1-8",
      "text": "protocol ip flower dst_ip 8.8.8.8/31",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "113:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "8.8.8.8",
          "mask": "255.255.255.254",
          "loc": "113:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "112:1-8",
      "text": "protocol ip flower src_ip 8.8.8.8/31",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "112:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "8.8.8.8",
          "mask": "255.255.255.254",
          "loc": "112:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "111:1-8",
      "text": "protocol ip flower dst_ip 0x0a.0.0.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "111:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "111:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "110:1-8",
      "text": "protocol ip flower src_ip 0x0a.0.0.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "110:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "110:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "109:1-8",
      "text": "protocol ip flower dst_ip 10.1.2.3/8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "109:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "109:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "108:1-8",
      "text": "protocol ip flower src_ip 10.1.2.3/8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "108:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "108:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "107:1-8",
      "text": "protocol ip flower dst_ip 10.0.0.0/8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "107:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "107:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "106:1-8",
      "text": "protocol ip flower src_ip 10.0.0.0/8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "106:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "106:27-36"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "105:1-8",
      "text": "protocol ip flower ip_flags firstfrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "105:10-11"
        },
        {
          "all": [
            {
              "field": "ip4_mf",
              "op": "eq",
              "value": 1,
              "loc": "105:29-37"
            },
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "105:29-37"
            }
          ],
          "loc": "105:29-37"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "104:1-8",
      "text": "protocol rarp flower arp_sip 10.0.0.1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "104:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "104:30-37"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "104:30-37"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "104:30-37"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "104:30-37"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "104:30-37"
        },
        {
          "field": "arp_spa",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "104:30-37"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "103:1-8",
      "text": "protocol arp flower arp_sip 0.0.0.0/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "103:10-12"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "102:1-8",
      "text": "protocol ip flower dst_ip 10.0.0.2/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "102:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.2",
          "loc": "102:27-37"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "101:1-8",
      "text": "protocol ip flower src_ip 10.0.0.2/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "101:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.2",
          "loc": "101:27-37"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "100:1-8",
      "text": "protocol 802.1Q flower vlan_ethtype ip",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8100",
          "loc": "100:10-15"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "net_off": 18,
          "loc": "100:37-38"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "99:1-8",
      "text": "protocol rarp flower arp_sip 0.0.0.0/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "99:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "98:1-8",
      "text": "protocol arp flower arp_tip 10.0.0.0/8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "98:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "98:29-38"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "98:29-38"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "98:29-38"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "98:29-38"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "98:29-38"
        },
        {
          "field": "arp_tpa",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "98:29-38"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "97:1-8",
      "text": "protocol ipv6 flower dst_ip fe80::1/10",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "97:10-13"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "fe80::",
          "mask": "ffc0::",
          "loc": "97:29-38"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "96:1-8",
      "text": "protocol ipv6 flower src_ip fe80::1/10",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "96:10-13"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "fe80::",
          "mask": "ffc0::",
          "loc": "96:29-38"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "95:1-8",
      "text": "protocol ip flower ip_flags nofirstfrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "95:10-11"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_mf",
                "op": "eq",
                "value": 1,
                "loc": "95:29-39"
              },
              {
                "field": "ip4_fragoff",
                "op": "eq",
                "value": 0,
                "loc": "95:29-39"
              }
            ],
            "loc": "95:29-39"
          },
          "loc": "95:29-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "94:1-8",
      "text": "protocol rarp flower arp_tip 10.0.0.0/8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "94:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "94:30-39"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "94:30-39"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "94:30-39"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "94:30-39"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "94:30-39"
        },
        {
          "field": "arp_tpa",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "94:30-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "93:1-8",
      "text": "protocol ip flower ip_proto icmp code 3",
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
          "value": 1,
          "loc": "93:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "93:39"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "93:39"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 3,
          "l4": "ip4",
          "loc": "93:39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "92:1-8",
      "text": "protocol ip flower ip_proto icmp code 0",
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
          "value": 1,
          "loc": "92:29-32"
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
                    "loc": "92:39"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "92:39"
                  }
                ],
                "loc": "92:39"
              },
              "loc": "92:39"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "92:39"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "92:39"
                },
                {
                  "field": "icmp_code",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip4",
                  "loc": "92:39"
                }
              ],
              "loc": "92:39"
            }
          ],
          "loc": "92:39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "91:1-8",
      "text": "protocol ip flower ip_proto icmp code 8",
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
          "value": 1,
          "loc": "91:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "91:39"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "91:39"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 8,
          "l4": "ip4",
          "loc": "91:39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "90:1-8",
      "text": "protocol ip flower ip_proto icmp type 3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "90:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "90:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "90:39"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "90:39"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 3,
          "l4": "ip4",
          "loc": "90:39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "89:1-8",
      "text": "protocol ip flower ip_proto icmp type 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "89:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "89:29-32"
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
                    "loc": "89:39"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "89:39"
                  }
                ],
                "loc": "89:39"
              },
              "loc": "89:39"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "89:39"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "89:39"
                },
                {
                  "field": "icmp_type",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip4",
                  "loc": "89:39"
                }
              ],
              "loc": "89:39"
            }
          ],
          "loc": "89:39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "88:1-8",
      "text": "protocol ip flower ip_proto icmp type 8",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "88:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "88:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "88:39"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "88:39"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 8,
          "l4": "ip4",
          "loc": "88:39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "87:1-8",
      "text": "protocol ipv6 flower dst_ip 2001:db8::1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "87:10-13"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8::1",
          "loc": "87:29-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "86:1-8",
      "text": "protocol ipv6 flower src_ip 2001:db8::1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "86:10-13"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::1",
          "loc": "86:29-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "85:1-8",
      "text": "protocol ip flower dst_ip 172.16.0.1/12",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "85:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "172.16.0.0",
          "mask": "255.240.0.0",
          "loc": "85:27-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "84:1-8",
      "text": "protocol ip flower src_ip 172.16.0.1/12",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "84:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "172.16.0.0",
          "mask": "255.240.0.0",
          "loc": "84:27-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "83:1-8",
      "text": "protocol ip flower ip_proto icmp code 3/3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "83:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "83:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "83:39-41"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "83:39-41"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 3,
          "mask": 3,
          "l4": "ip4",
          "loc": "83:39-41"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "82:1-8",
      "text": "protocol ip flower ip_proto icmp type 3/3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "82:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "82:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "82:39-41"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "82:39-41"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 3,
          "mask": 3,
          "l4": "ip4",
          "loc": "82:39-41"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "81:1-8",
      "text": "protocol ipv6 flower dst_ip 2001:db8::/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "81:10-13"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8::",
          "mask": "ffff:ffff::",
          "loc": "81:29-41"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "80:1-8",
      "text": "protocol ipv6 flower src_ip 2001:db8::/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "80:10-13"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::",
          "mask": "ffff:ffff::",
          "loc": "80:29-41"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "79:1-8",
      "text": "protocol ipv6 flower dst_ip 2001:db8::2/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "79:10-13"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8::",
          "mask": "ffff:ffff::",
          "loc": "79:29-42"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "78:1-8",
      "text": "protocol ipv6 flower src_ip 2001:db8::2/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "78:10-13"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::",
          "mask": "ffff:ffff::",
          "loc": "78:29-42"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "77:1-8",
      "text": "protocol ip flower dst_ip 192.168.1.100/24",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "77:10-11"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "192.168.1.0",
          "mask": "255.255.255.0",
          "loc": "77:27-42"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "76:1-8",
      "text": "protocol ip flower src_ip 192.168.1.100/24",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "76:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "192.168.1.0",
          "mask": "255.255.255.0",
          "loc": "76:27-42"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "75:1-8",
      "text": "protocol ip flower ip_proto icmp code 8/240",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "75:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "75:29-32"
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
                    "loc": "75:39-43"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "75:39-43"
                  }
                ],
                "loc": "75:39-43"
              },
              "loc": "75:39-43"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "75:39-43"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "75:39-43"
                },
                {
                  "field": "icmp_code",
                  "op": "eq",
                  "value": 0,
                  "mask": 240,
                  "l4": "ip4",
                  "loc": "75:39-43"
                }
              ],
              "loc": "75:39-43"
            }
          ],
          "loc": "75:39-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "74:1-8",
      "text": "protocol ip flower ip_proto icmp type 8/240",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "74:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 1,
          "loc": "74:29-32"
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
                    "loc": "74:39-43"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "74:39-43"
                  }
                ],
                "loc": "74:39-43"
              },
              "loc": "74:39-43"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "74:39-43"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "74:39-43"
                },
                {
                  "field": "icmp_type",
                  "op": "eq",
                  "value": 0,
                  "mask": 240,
                  "l4": "ip4",
                  "loc": "74:39-43"
                }
              ],
              "loc": "74:39-43"
            }
          ],
          "loc": "74:39-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "73:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "73:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "73:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "73:43"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "73:43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "73:43"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "l4": "ip4",
          "loc": "73:43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "72:1-8",
      "text": "protocol ip flower ip_proto udp src_port 53",
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
          "value": 17,
          "loc": "72:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "72:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "72:42-43"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "72:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "71:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 53",
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
          "value": 17,
          "loc": "71:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "71:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "71:42-43"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "71:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "70:1-8",
      "text": "protocol ip flower ip_proto udp src_port 80",
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
          "value": 17,
          "loc": "70:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "70:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "70:42-43"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "70:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "69:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 80",
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
          "value": 17,
          "loc": "69:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "69:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "69:42-43"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "69:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "68:1-8",
      "text": "protocol ip flower ip_proto tcp src_port 53",
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
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "68:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "68:42-43"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "68:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "67:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "67:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "67:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "67:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "67:42-43"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "67:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "66:1-8",
      "text": "protocol ip flower ip_proto tcp src_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "66:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "66:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "66:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "66:42-43"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "66:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "65:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 80",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "65:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "65:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "65:42-43"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "65:42-43"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "65:42-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "64:1-8",
      "text": "protocol ip flower dst_mac 0:11:22:33:44:55",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "64:10-11"
        },
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "64:28-43"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "63:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 10",
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
          "value": 6,
          "loc": "63:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "63:43-44"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "63:43-44"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "63:43-44"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0010",
          "l4": "ip4",
          "loc": "63:43-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "62:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 12",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "62:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "62:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "62:43-44"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "62:43-44"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "62:43-44"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0012",
          "l4": "ip4",
          "loc": "62:43-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "61:1-8",
      "text": "protocol ip flower ip_proto sctp src_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "61:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "61:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "61:43-44"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "61:43-44"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "61:43-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "60:1-8",
      "text": "protocol ip flower ip_proto sctp dst_port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "60:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "60:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "60:43-44"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "60:43-44"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "l4": "ip4",
          "loc": "60:43-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "59:1-8",
      "text": "protocol ip flower ip_proto sctp src_port 80",
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
          "value": 132,
          "loc": "59:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "59:43-44"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "59:43-44"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "59:43-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "58:1-8",
      "text": "protocol ip flower ip_proto sctp dst_port 80",
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
          "value": 132,
          "loc": "58:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "58:43-44"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "58:43-44"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "l4": "ip4",
          "loc": "58:43-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "57:1-8",
      "text": "protocol ip flower dst_mac ff:ff:ff:ff:ff:ff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "57:10-11"
        },
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "ff:ff:ff:ff:ff:ff",
          "loc": "57:28-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "56:1-8",
      "text": "protocol ip flower dst_mac 66:77:88:99:aa:bb",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "56:10-11"
        },
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "56:28-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "55:1-8",
      "text": "protocol ip flower dst_mac 00:11:22:33:44:55",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "55:10-11"
        },
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "55:28-44"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "54:1-8",
      "text": "protocol arp flower arp_tha 00:00:00:00:00:00",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "54:10-12"
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
                    "loc": "54:29-45"
                  },
                  {
                    "field": "arp_ptype",
                    "op": "eq",
                    "value": "0x0800",
                    "loc": "54:29-45"
                  },
                  {
                    "field": "arp_hlen",
                    "op": "eq",
                    "value": 6,
                    "loc": "54:29-45"
                  },
                  {
                    "field": "arp_plen",
                    "op": "eq",
                    "value": 4,
                    "loc": "54:29-45"
                  },
                  {
                    "field": "arp_op",
                    "op": "range",
                    "min": 1,
                    "max": 2,
                    "loc": "54:29-45"
                  }
                ],
                "loc": "54:29-45"
              },
              "loc": "54:29-45"
            },
            {
              "all": [
                {
                  "field": "arp_htype",
                  "op": "eq",
                  "value": 1,
                  "loc": "54:29-45"
                },
                {
                  "field": "arp_ptype",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "54:29-45"
                },
                {
                  "field": "arp_hlen",
                  "op": "eq",
                  "value": 6,
                  "loc": "54:29-45"
                },
                {
                  "field": "arp_plen",
                  "op": "eq",
                  "value": 4,
                  "loc": "54:29-45"
                },
                {
                  "field": "arp_op",
                  "op": "range",
                  "min": 1,
                  "max": 2,
                  "loc": "54:29-45"
                },
                {
                  "field": "arp_tha",
                  "op": "eq",
                  "value": "00:00:00:00:00:00",
                  "loc": "54:29-45"
                }
              ],
              "loc": "54:29-45"
            }
          ],
          "loc": "54:29-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "53:1-8",
      "text": "protocol arp flower arp_sha 66:77:88:99:aa:bb",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "53:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "53:29-45"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "53:29-45"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "53:29-45"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "53:29-45"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "53:29-45"
        },
        {
          "field": "arp_sha",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "53:29-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "52:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags fff",
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
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "52:43-45"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "52:43-45"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "52:43-45"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0fff",
          "l4": "ip4",
          "loc": "52:43-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "51:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 0/0",
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
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "50:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 4/4",
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
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "50:43-45"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "50:43-45"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "50:43-45"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0004",
          "mask": "0x0004",
          "l4": "ip4",
          "loc": "50:43-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "49:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 0/2",
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
          "any": [
            {
              "not": {
                "all": [
                  {
                    "field": "ip4_proto",
                    "op": "eq",
                    "value": 6,
                    "loc": "49:43-45"
                  },
                  {
                    "field": "ip4_mf",
                    "op": "eq",
                    "value": 0,
                    "loc": "49:43-45"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "49:43-45"
                  }
                ],
                "loc": "49:43-45"
              },
              "loc": "49:43-45"
            },
            {
              "all": [
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "49:43-45"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "49:43-45"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "49:43-45"
                },
                {
                  "field": "tcp_flags",
                  "op": "eq",
                  "value": "0x0000",
                  "mask": "0x0002",
                  "l4": "ip4",
                  "loc": "49:43-45"
                }
              ],
              "loc": "49:43-45"
            }
          ],
          "loc": "49:43-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "48:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 2/2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "48:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "48:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "48:43-45"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "48:43-45"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "48:43-45"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "mask": "0x0002",
          "l4": "ip4",
          "loc": "48:43-45"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "47:1-8",
      "text": "protocol ip flower ip_proto udp tcp_flags 0/12",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "47:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "47:29-31"
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
                    "loc": "47:43-46"
                  },
                  {
                    "field": "ip4_mf",
                    "op": "eq",
                    "value": 0,
                    "loc": "47:43-46"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "47:43-46"
                  }
                ],
                "loc": "47:43-46"
              },
              "loc": "47:43-46"
            },
            {
              "all": [
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "47:43-46"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "47:43-46"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "47:43-46"
                },
                {
                  "field": "tcp_flags",
                  "op": "eq",
                  "value": "0x0000",
                  "mask": "0x0012",
                  "l4": "ip4",
                  "loc": "47:43-46"
                }
              ],
              "loc": "47:43-46"
            }
          ],
          "loc": "47:43-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "46:1-8",
      "text": "protocol ip flower ip_flags nofrag/nofirstfrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "46:10-11"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "46:29-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "46:29-46"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_mf",
                "op": "eq",
                "value": 1,
                "loc": "46:29-46"
              },
              {
                "field": "ip4_fragoff",
                "op": "eq",
                "value": 0,
                "loc": "46:29-46"
              }
            ],
            "loc": "46:29-46"
          },
          "loc": "46:29-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "45:1-8",
      "text": "protocol rarp flower arp_tha 00:00:00:00:00:00",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "45:10-13"
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
                    "loc": "45:30-46"
                  },
                  {
                    "field": "arp_ptype",
                    "op": "eq",
                    "value": "0x0800",
                    "loc": "45:30-46"
                  },
                  {
                    "field": "arp_hlen",
                    "op": "eq",
                    "value": 6,
                    "loc": "45:30-46"
                  },
                  {
                    "field": "arp_plen",
                    "op": "eq",
                    "value": 4,
                    "loc": "45:30-46"
                  },
                  {
                    "field": "arp_op",
                    "op": "range",
                    "min": 1,
                    "max": 2,
                    "loc": "45:30-46"
                  }
                ],
                "loc": "45:30-46"
              },
              "loc": "45:30-46"
            },
            {
              "all": [
                {
                  "field": "arp_htype",
                  "op": "eq",
                  "value": 1,
                  "loc": "45:30-46"
                },
                {
                  "field": "arp_ptype",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "45:30-46"
                },
                {
                  "field": "arp_hlen",
                  "op": "eq",
                  "value": 6,
                  "loc": "45:30-46"
                },
                {
                  "field": "arp_plen",
                  "op": "eq",
                  "value": 4,
                  "loc": "45:30-46"
                },
                {
                  "field": "arp_op",
                  "op": "range",
                  "min": 1,
                  "max": 2,
                  "loc": "45:30-46"
                },
                {
                  "field": "arp_tha",
                  "op": "eq",
                  "value": "00:00:00:00:00:00",
                  "loc": "45:30-46"
                }
              ],
              "loc": "45:30-46"
            }
          ],
          "loc": "45:30-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "44:1-8",
      "text": "protocol rarp flower arp_sha 66:77:88:99:aa:bb",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "44:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "44:30-46"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "44:30-46"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "44:30-46"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "44:30-46"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "44:30-46"
        },
        {
          "field": "arp_sha",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "44:30-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "43:1-8",
      "text": "protocol ip flower ip_proto icmp type 8 code 0",
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
          "value": 1,
          "loc": "43:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "43:39"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "43:39"
        },
        {
          "field": "icmp_type",
          "op": "eq",
          "value": 8,
          "l4": "ip4",
          "loc": "43:39"
        },
        {
          "field": "icmp_code",
          "op": "eq",
          "value": 0,
          "l4": "ip4",
          "loc": "43:46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "42:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 443/0",
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
          "value": 17,
          "loc": "42:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "41:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 443/0",
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
          "value": 6,
          "loc": "41:29-31"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "40:1-8",
      "text": "protocol ip flower ip_proto udp src_port 1-100",
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
          "value": 17,
          "loc": "40:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "40:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "40:42-46"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 1,
          "max": 100,
          "l4": "ip4",
          "loc": "40:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "39:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 1-100",
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
          "loc": "39:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "39:42-46"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1,
          "max": 100,
          "l4": "ip4",
          "loc": "39:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "38:1-8",
      "text": "protocol ip flower ip_proto udp src_port 12345",
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
          "loc": "38:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "38:42-46"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "38:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "37:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 12345",
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
          "value": 17,
          "loc": "37:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "37:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "37:42-46"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "37:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "36:1-8",
      "text": "protocol ip flower ip_proto tcp src_port 1-100",
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
          "loc": "36:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "36:42-46"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 1,
          "max": 100,
          "l4": "ip4",
          "loc": "36:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "35:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 1-100",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "35:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "35:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "35:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "35:42-46"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1,
          "max": 100,
          "l4": "ip4",
          "loc": "35:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "34:1-8",
      "text": "protocol ip flower ip_proto tcp src_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "34:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "34:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "34:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "34:42-46"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "34:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "33:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "33:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "33:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "33:42-46"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "33:42-46"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "33:42-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "32:1-8",
      "text": "protocol ipv6 flower dst_ip 2001:db8:1::100/48",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "32:10-13"
        },
        {
          "field": "ip6_dst",
          "op": "eq",
          "value": "2001:db8:1::",
          "mask": "ffff:ffff:ffff::",
          "loc": "32:29-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "31:1-8",
      "text": "protocol ipv6 flower src_ip 2001:db8:1::100/48",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "31:10-13"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8:1::",
          "mask": "ffff:ffff:ffff::",
          "loc": "31:29-46"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "30:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 18/ff",
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
          "value": 6,
          "loc": "30:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "30:43-47"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "30:43-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "30:43-47"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0018",
          "mask": "0x00ff",
          "l4": "ip4",
          "loc": "30:43-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "29:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 12/12",
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
          "value": 6,
          "loc": "29:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "29:43-47"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "29:43-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "29:43-47"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0012",
          "mask": "0x0012",
          "l4": "ip4",
          "loc": "29:43-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "28:1-8",
      "text": "protocol ip flower ip_proto sctp src_port 1-100",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "28:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "28:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "28:43-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "28:43-47"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 1,
          "max": 100,
          "l4": "ip4",
          "loc": "28:43-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "27:1-8",
      "text": "protocol ip flower ip_proto sctp dst_port 1-100",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "27:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "27:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "27:43-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "27:43-47"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1,
          "max": 100,
          "l4": "ip4",
          "loc": "27:43-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "26:1-8",
      "text": "protocol ip flower ip_proto sctp src_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "26:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "26:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "26:43-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "26:43-47"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "26:43-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "25:1-8",
      "text": "protocol ip flower ip_proto sctp dst_port 12345",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "25:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "25:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "25:43-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "25:43-47"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "25:43-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "24:1-8",
      "text": "protocol ip flower ip_proto udp src_port 80-443",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "24:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "24:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "24:42-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "24:42-47"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 80,
          "max": 443,
          "l4": "ip4",
          "loc": "24:42-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "23:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 80-443",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "23:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "23:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "23:42-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "23:42-47"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 80,
          "max": 443,
          "l4": "ip4",
          "loc": "23:42-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "22:1-8",
      "text": "protocol ip flower ip_proto tcp src_port 80-443",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "22:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "22:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "22:42-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "22:42-47"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 80,
          "max": 443,
          "l4": "ip4",
          "loc": "22:42-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "21:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 80-443",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "21:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "21:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "21:42-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "21:42-47"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 80,
          "max": 443,
          "l4": "ip4",
          "loc": "21:42-47"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "20:1-8",
      "text": "protocol arp flower arp_tha 00:11:22:33:44:55/24",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "20:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "20:29-48"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "20:29-48"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "20:29-48"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "20:29-48"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "20:29-48"
        },
        {
          "field": "arp_tha",
          "op": "eq",
          "value": "00:11:22:00:00:00",
          "mask": "ff:ff:ff:00:00:00",
          "loc": "20:29-48"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "19:1-8",
      "text": "protocol ip flower ip_proto sctp src_port 80-443",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "19:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "19:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "19:43-48"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "19:43-48"
        },
        {
          "field": "l4_sport",
          "op": "range",
          "min": 80,
          "max": 443,
          "l4": "ip4",
          "loc": "19:43-48"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "18:1-8",
      "text": "protocol ip flower ip_proto sctp dst_port 80-443",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "18:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 132,
          "loc": "18:29-32"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "18:43-48"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "18:43-48"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 80,
          "max": 443,
          "l4": "ip4",
          "loc": "18:43-48"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "17:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 0/0xffff",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "17:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "17:29-31"
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
                    "loc": "17:42-49"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "17:42-49"
                  }
                ],
                "loc": "17:42-49"
              },
              "loc": "17:42-49"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "17:42-49"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "17:42-49"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 0,
                  "l4": "ip4",
                  "loc": "17:42-49"
                }
              ],
              "loc": "17:42-49"
            }
          ],
          "loc": "17:42-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "16:1-8",
      "text": "protocol rarp flower arp_tha 00:11:22:33:44:55/24",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "16:10-13"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "16:30-49"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "16:30-49"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "16:30-49"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "16:30-49"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "16:30-49"
        },
        {
          "field": "arp_tha",
          "op": "eq",
          "value": "00:11:22:00:00:00",
          "mask": "ff:ff:ff:00:00:00",
          "loc": "16:30-49"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "15:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 80/0xff00",
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
          "value": 17,
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
      "loc": "14:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 80/0xff00",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "14:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "14:29-31"
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
                    "loc": "14:42-50"
                  },
                  {
                    "field": "ip4_fragoff",
                    "op": "eq",
                    "value": 0,
                    "loc": "14:42-50"
                  }
                ],
                "loc": "14:42-50"
              },
              "loc": "14:42-50"
            },
            {
              "all": [
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "14:42-50"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "14:42-50"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 0,
                  "mask": 65280,
                  "l4": "ip4",
                  "loc": "14:42-50"
                }
              ],
              "loc": "14:42-50"
            }
          ],
          "loc": "14:42-50"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "13:1-6",
      "text": "flower src_mac 66:00:88:00:aa:00/ff:00:ff:00:ff:00",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "66:00:88:00:aa:00",
          "mask": "ff:00:ff:00:ff:00",
          "loc": "13:16-50"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "12:1-6",
      "text": "flower dst_mac 01:00:00:00:00:00/01:00:00:00:00:00",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "01:00:00:00:00:00",
          "mask": "01:00:00:00:00:00",
          "loc": "12:16-50"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "11:1-8",
      "text": "protocol ip flower ip_proto tcp tcp_flags 0x11/0x11",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "11:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "11:29-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "11:43-51"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "11:43-51"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "11:43-51"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0011",
          "mask": "0x0011",
          "l4": "ip4",
          "loc": "11:43-51"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "10:1-8",
      "text": "protocol ip flower dst_ip 192.168.1.0/255.255.255.0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "10:10-11"
        },
        {
          "field": "ip4_dst",
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
      "text": "protocol ip flower src_ip 192.168.1.0/255.255.255.0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "9:10-11"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "192.168.1.0",
          "mask": "255.255.255.0",
          "loc": "9:27-51"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "8:1-8",
      "text": "protocol ip flower ip_proto udp src_port 0x3000/0xf000",
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
          "value": 17,
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
      "text": "protocol ip flower ip_proto tcp src_port 0x3000/0xf000",
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
          "loc": "7:42-54"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "7:42-54"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12288,
          "mask": 61440,
          "l4": "ip4",
          "loc": "7:42-54"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "6:1-8",
      "text": "protocol ip flower ip_proto tcp dst_port 1/0xff src_port 12345 action drop index 3",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "6:10-11"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "6:29-31"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "6:42-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "6:42-47"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 1,
          "mask": 255,
          "l4": "ip4",
          "loc": "6:42-47"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "6:58-62"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:71-74"
      }
    },
    {
      "loc": "4:1-8",
      "text": "protocol ip flower dst_mac 00:11:22:33:44:55 ip_proto tcp tcp_flags 2/12 ip_ttl 64 action drop",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:10-11"
        },
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "4:28-44"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "4:55-57"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "4:69-72"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "4:69-72"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "4:69-72"
        },
        {
          "field": "tcp_flags",
          "op": "eq",
          "value": "0x0002",
          "mask": "0x0012",
          "l4": "ip4",
          "loc": "4:69-72"
        },
        {
          "field": "ip4_ttl",
          "op": "eq",
          "value": 64,
          "loc": "4:81-82"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:91-94"
      }
    },
    {
      "loc": "3:1-8",
      "text": "protocol ip flower ip_proto udp dst_port 1-1023 src_port 12345 action mirred egress redirect dev eth1",
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
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "3:42-47"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "3:42-47"
        },
        {
          "field": "l4_dport",
          "op": "range",
          "min": 1,
          "max": 1023,
          "l4": "ip4",
          "loc": "3:42-47"
        },
        {
          "field": "l4_sport",
          "op": "eq",
          "value": 12345,
          "l4": "ip4",
          "loc": "3:58-62"
        }
      ],
      "action": {
        "type": "redirect",
        "ifname": "eth1",
        "loc": "3:71-101"
      }
    },
    {
      "loc": "2:1-2",
      "text": "tc filter add dev eth0 ingress protocol ipv6 flower src_ip 2001:db8::/32 ip_tos 0x10/0xf0 action drop",
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
          "value": "2001:db8::",
          "mask": "ffff:ffff::",
          "loc": "2:60-72"
        },
        {
          "field": "ip6_tclass",
          "op": "eq",
          "value": "0x0010",
          "mask": "0x00f0",
          "loc": "2:81-89"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:98-101"
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
