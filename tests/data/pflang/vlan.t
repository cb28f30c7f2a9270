# 'vlan' moves every later primitive 4 bytes on, including 'or' branches
== input
vlan 100 and ip or arp
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-4",
      "text": "vlan 100 and ip or arp",
      "match": [
        {
          "any": [
            {
              "all": [
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
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "1:14-15"
                }
              ],
              "loc": "1:1-4"
            },
            {
              "field": "eth_type",
              "op": "eq",
              "value": "0x0806",
              "net_off": 18,
              "loc": "1:20-22"
            }
          ],
          "loc": "1:1-4"
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
