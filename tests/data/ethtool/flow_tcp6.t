# tcp6: next header 6, transport header at +40
== input
flow-type tcp6 src-ip 2001:db8:1::100 dst-ip 2001:db8::1 tclass 0x10 src-port 40000 dst-port 443 action 6
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-9",
      "text": "flow-type tcp6 src-ip 2001:db8:1::100 dst-ip 2001:db8::1 tclass 0x10 src-port 40000 dst-port 443 action 6",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:11-14"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 6,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip6_src",
                  "op": "eq",
                  "value": "2001:db8:1::100",
                  "loc": "1:23-37"
                },
                {
                  "field": "ip6_dst",
                  "op": "eq",
                  "value": "2001:db8::1",
                  "loc": "1:46-56"
                },
                {
                  "field": "ip6_tclass",
                  "op": "eq",
                  "value": "0x0010",
                  "loc": "1:65-68"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 40000,
                  "l4": "ip6",
                  "loc": "1:79-83"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 443,
                  "l4": "ip6",
                  "loc": "1:94-96"
                }
              ],
              "loc": "1:11-14"
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
                  "loc": "1:11-14"
                },
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 6,
                  "net_off": 18,
                  "loc": "1:11-14"
                },
                {
                  "field": "ip6_src",
                  "op": "eq",
                  "value": "2001:db8:1::100",
                  "net_off": 18,
                  "loc": "1:23-37"
                },
                {
                  "field": "ip6_dst",
                  "op": "eq",
                  "value": "2001:db8::1",
                  "net_off": 18,
                  "loc": "1:46-56"
                },
                {
                  "field": "ip6_tclass",
                  "op": "eq",
                  "value": "0x0010",
                  "net_off": 18,
                  "loc": "1:65-68"
                },
                {
                  "field": "l4_sport",
                  "op": "eq",
                  "value": 40000,
                  "net_off": 18,
                  "l4": "ip6",
                  "loc": "1:79-83"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 443,
                  "net_off": 18,
                  "l4": "ip6",
                  "loc": "1:94-96"
                }
              ],
              "loc": "1:11-14"
            }
          ],
          "loc": "1:11-14"
        }
      ],
      "action": {
        "type": "queue",
        "queue": 6,
        "loc": "1:98-105"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
