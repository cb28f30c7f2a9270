# vlan-etype: the TPID at offset 14; an exact 0x8100/0x88a8 is its own guard, anything else gets the TPID guard too
== input
flow-type tcp4 vlan-etype 0x8100 dst-port 443 action 1
flow-type ip6 vlan-etype 0x88a8 vlan 100 m 0xf000 action 2
flow-type udp4 vlan-etype 0x8100 m 0x00ff dst-port 53 action 3
flow-type ether vlan-etype 0x9100 action 4
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "4:1-9",
      "text": "flow-type ether vlan-etype 0x9100 action 4",
      "match": [
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8"
          ],
          "loc": "4:28-33"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x9100",
          "loc": "4:28-33"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 4,
        "loc": "4:35-42"
      }
    },
    {
      "loc": "3:1-9",
      "text": "flow-type udp4 vlan-etype 0x8100 m 0x00ff dst-port 53 action 3",
      "match": [
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8"
          ],
          "loc": "3:27-32"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8100",
          "mask": "0xff00",
          "loc": "3:27-32"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "net_off": 18,
          "loc": "3:11-14"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "net_off": 18,
          "loc": "3:11-14"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "net_off": 18,
          "loc": "3:11-14"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "net_off": 18,
          "loc": "3:11-14"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 53,
          "net_off": 18,
          "l4": "ip4",
          "loc": "3:52-53"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 3,
        "loc": "3:55-62"
      }
    },
    {
      "loc": "2:1-9",
      "text": "flow-type ip6 vlan-etype 0x88a8 vlan 100 m 0xf000 action 2",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x88a8",
          "loc": "2:26-31"
        },
        {
          "field": "vlan_tci",
          "op": "eq",
          "value": "0x0064",
          "mask": "0x0fff",
          "loc": "2:38-40"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "net_off": 18,
          "loc": "2:11-13"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 2,
        "loc": "2:51-58"
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type tcp4 vlan-etype 0x8100 dst-port 443 action 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8100",
          "loc": "1:27-32"
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
          "value": 443,
          "net_off": 18,
          "l4": "ip4",
          "loc": "1:43-45"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 1,
        "loc": "1:47-54"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
