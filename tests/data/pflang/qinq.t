# two 'vlan' primitives are two tags
== input
vlan 100 and vlan 200 and udp port 53
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-4",
      "text": "vlan 100 and vlan 200 and udp port 53",
      "match": [
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8",
            "0x9100"
          ],
          "loc": "1:1-4"
        },
        {
          "field": "vlan_id",
          "op": "eq",
          "value": 100,
          "loc": "1:6-8"
        },
        {
          "field": "eth_type",
          "op": "in",
          "values": [
            "0x8100",
            "0x88a8",
            "0x9100"
          ],
          "net_off": 18,
          "loc": "1:14-17"
        },
        {
          "field": "vlan_id",
          "op": "eq",
          "value": 200,
          "net_off": 18,
          "loc": "1:19-21"
        },
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "net_off": 22,
                  "loc": "1:36-37"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 17,
                  "net_off": 22,
                  "loc": "1:36-37"
                },
                {
                  "any": [
                    {
                      "field": "l4_sport",
                      "op": "eq",
                      "value": 53,
                      "net_off": 22,
                      "l4": "ip6",
                      "loc": "1:36-37"
                    },
                    {
                      "field": "l4_dport",
                      "op": "eq",
                      "value": 53,
                      "net_off": 22,
                      "l4": "ip6",
                      "loc": "1:36-37"
                    }
                  ],
                  "loc": "1:36-37"
                }
              ],
              "loc": "1:36-37"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 22,
                  "loc": "1:36-37"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 17,
                  "net_off": 22,
                  "loc": "1:36-37"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 22,
                  "loc": "1:36-37"
                },
                {
                  "any": [
                    {
                      "field": "l4_sport",
                      "op": "eq",
                      "value": 53,
                      "net_off": 22,
                      "l4": "ip4",
                      "loc": "1:36-37"
                    },
                    {
                      "field": "l4_dport",
                      "op": "eq",
                      "value": 53,
                      "net_off": 22,
                      "l4": "ip4",
                      "loc": "1:36-37"
                    }
                  ],
                  "loc": "1:36-37"
                }
              ],
              "loc": "1:36-37"
            }
          ],
          "loc": "1:36-37"
        }
      ],
      "action": {
        "type": "pass"
      }
    }
  ],
  "default": {
    "action": {
      "type": "drop"
    }
  }
}
