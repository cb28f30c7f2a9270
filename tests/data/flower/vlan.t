# VLAN keys read the in-packet tags; vlan_ethtype sets the EtherType later keys see
== input
protocol 802.1Q flower vlan_id 100 vlan_prio 3 vlan_ethtype ip ip_proto tcp dst_port 22
protocol 802.1ad flower vlan_ethtype 802.1Q cvlan_id 5 cvlan_ethtype ipv6 src_ip 2001:db8::/32
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "2:1-8",
      "text": "protocol 802.1ad flower vlan_ethtype 802.1Q cvlan_id 5 cvlan_ethtype ipv6 src_ip 2001:db8::/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x88a8",
          "loc": "2:10-16"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8100",
          "net_off": 18,
          "loc": "2:38-43"
        },
        {
          "field": "vlan_id",
          "op": "eq",
          "value": 5,
          "net_off": 18,
          "loc": "2:54"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "net_off": 22,
          "loc": "2:70-73"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::",
          "mask": "ffff:ffff::",
          "net_off": 22,
          "loc": "2:82-94"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-8",
      "text": "protocol 802.1Q flower vlan_id 100 vlan_prio 3 vlan_ethtype ip ip_proto tcp dst_port 22",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8100",
          "loc": "1:10-15"
        },
        {
          "field": "vlan_id",
          "op": "eq",
          "value": 100,
          "loc": "1:32-34"
        },
        {
          "field": "vlan_prio",
          "op": "eq",
          "value": 3,
          "loc": "1:46"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "net_off": 18,
          "loc": "1:61-62"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "net_off": 18,
          "loc": "1:73-75"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "net_off": 18,
          "loc": "1:86-87"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "net_off": 18,
          "loc": "1:86-87"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 22,
          "net_off": 18,
          "l4": "ip4",
          "loc": "1:86-87"
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
