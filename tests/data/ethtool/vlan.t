# vlan: the whole TCI at offset 14 after a TPID guard; tagged frames only; the rest after the tag
== input
flow-type tcp4 vlan 100 dst-port 80 action 1
flow-type udp6 vlan 4095 m 0xf000 dst-port 53 action 2
flow-type ip4 vlan 0x6000 m 0x1fff action 3
flow-type ether vlan 1 action 4
flow-type ether proto 0x86dd vlan 0xe001 vlan-mask 0x1000 action 5
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "5:1-9",
      "text": "flow-type ether proto 0x86dd vlan 0xe001 vlan-mask 0x1000 action 5",
      "match": [
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8"
          ],
          "loc": "5:35-40"
        },
        {
          "field": "vlan_tci",
          "op": "eq",
          "value": "0xe001",
          "mask": "0xefff",
          "loc": "5:35-40"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "net_off": 18,
          "loc": "5:23-28"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 5,
        "loc": "5:59-66"
      }
    },
    {
      "loc": "4:1-9",
      "text": "flow-type ether vlan 1 action 4",
      "match": [
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8"
          ],
          "loc": "4:22"
        },
        {
          "field": "vlan_tci",
          "op": "eq",
          "value": "0x0001",
          "loc": "4:22"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 4,
        "loc": "4:24-31"
      }
    },
    {
      "loc": "3:1-9",
      "text": "flow-type ip4 vlan 0x6000 m 0x1fff action 3",
      "match": [
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8"
          ],
          "loc": "3:20-25"
        },
        {
          "field": "vlan_tci",
          "op": "eq",
          "value": "0x6000",
          "mask": "0xe000",
          "loc": "3:20-25"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "net_off": 18,
          "loc": "3:11-13"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 3,
        "loc": "3:36-43"
      }
    },
    {
      "loc": "2:1-9",
      "text": "flow-type udp6 vlan 4095 m 0xf000 dst-port 53 action 2",
      "match": [
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8"
          ],
          "loc": "2:21-24"
        },
        {
          "field": "vlan_tci",
          "op": "eq",
          "value": "0x0fff",
          "mask": "0x0fff",
          "loc": "2:21-24"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "net_off": 18,
          "loc": "2:11-14"
        },
        {
          "field": "ip6_next",
          "op": "eq",
          "value": 17,
          "net_off": 18,
          "loc": "2:11-14"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "net_off": 18,
          "l4": "ip6",
          "loc": "2:44-45"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 2,
        "loc": "2:47-54"
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type tcp4 vlan 100 dst-port 80 action 1",
      "match": [
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8"
          ],
          "loc": "1:21-23"
        },
        {
          "field": "vlan_tci",
          "op": "eq",
          "value": "0x0064",
          "loc": "1:21-23"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "net_off": 18,
          "loc": "1:11-14"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "net_off": 18,
          "loc": "1:11-14"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "net_off": 18,
          "loc": "1:11-14"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "net_off": 18,
          "loc": "1:11-14"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 80,
          "net_off": 18,
          "l4": "ip4",
          "loc": "1:34-35"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 1,
        "loc": "1:37-44"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
