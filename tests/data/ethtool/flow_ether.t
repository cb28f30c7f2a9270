# ether: src/dst MACs (link fields, one layout) and proto (EtherType, both layouts)
== input
flow-type ether src 66:77:88:99:aa:bb dst 00:11:22:33:44:55 action 1
flow-type ether proto 0x0806 action -1
flow-type ether dst 0:11:22:33:44:55 proto 0x88cc
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "3:1-9",
      "text": "flow-type ether dst 0:11:22:33:44:55 proto 0x88cc",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_dst",
                  "op": "eq",
                  "value": "00:11:22:33:44:55",
                  "loc": "3:21-36"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x88cc",
                  "loc": "3:44-49"
                }
              ],
              "loc": "3:11-15"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "in",
                  "values": [
                    "0x8100",
                    "0x88a8"
                  ],
                  "loc": "3:11-15"
                },
                {
                  "field": "eth_dst",
                  "op": "eq",
                  "value": "00:11:22:33:44:55",
                  "loc": "3:21-36"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x88cc",
                  "net_off": 18,
                  "loc": "3:44-49"
                }
              ],
              "loc": "3:11-15"
            }
          ],
          "loc": "3:11-15"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 0
      }
    },
    {
      "loc": "2:1-9",
      "text": "flow-type ether proto 0x0806 action -1",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0806",
                  "loc": "2:23-28"
                }
              ],
              "loc": "2:11-15"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "in",
                  "values": [
                    "0x8100",
                    "0x88a8"
                  ],
                  "loc": "2:11-15"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0806",
                  "net_off": 18,
                  "loc": "2:23-28"
                }
              ],
              "loc": "2:11-15"
            }
          ],
          "loc": "2:11-15"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:30-38"
      }
    },
    {
      "loc": "1:1-9",
      "text": "flow-type ether src 66:77:88:99:aa:bb dst 00:11:22:33:44:55 action 1",
      "match": [
        {
          "field": "eth_src",
          "op": "eq",
          "value": "66:77:88:99:aa:bb",
          "loc": "1:21-37"
        },
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "1:43-59"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 1,
        "loc": "1:61-68"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
