# sctp4: protocol 132
== input
flow-type sctp4 src-ip 172.16.0.1 dst-port 8080 action 4
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-9",
      "text": "flow-type sctp4 src-ip 172.16.0.1 dst-port 8080 action 4",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:11-15"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 132,
                  "loc": "1:11-15"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:11-15"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:11-15"
                },
                {
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "172.16.0.1",
                  "loc": "1:24-33"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 8080,
                  "l4": "ip4",
                  "loc": "1:44-47"
                }
              ],
              "loc": "1:11-15"
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
                  "loc": "1:11-15"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "net_off": 18,
                  "loc": "1:11-15"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 132,
                  "net_off": 18,
                  "loc": "1:11-15"
                },
                {
                  "field": "ip4_mf",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "1:11-15"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "net_off": 18,
                  "loc": "1:11-15"
                },
                {
                  "field": "ip4_src",
                  "op": "eq",
                  "value": "172.16.0.1",
                  "net_off": 18,
                  "loc": "1:24-33"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 8080,
                  "net_off": 18,
                  "l4": "ip4",
                  "loc": "1:44-47"
                }
              ],
              "loc": "1:11-15"
            }
          ],
          "loc": "1:11-15"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 4,
        "loc": "1:49-56"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
