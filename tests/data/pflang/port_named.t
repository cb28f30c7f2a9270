# 'ssh' is a tcp service only, so only tcp is tested
== input
dst port ssh
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-3",
      "text": "dst port ssh",
      "match": [
        {
          "any": [
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x86dd",
                  "loc": "1:10-12"
                },
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 6,
                  "loc": "1:10-12"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 22,
                  "l4": "ip6",
                  "loc": "1:10-12"
                }
              ],
              "loc": "1:10-12"
            },
            {
              "all": [
                {
                  "field": "eth_type",
                  "op": "eq",
                  "value": "0x0800",
                  "loc": "1:10-12"
                },
                {
                  "field": "ip4_proto",
                  "op": "eq",
                  "value": 6,
                  "loc": "1:10-12"
                },
                {
                  "field": "ip4_fragoff",
                  "op": "eq",
                  "value": 0,
                  "loc": "1:10-12"
                },
                {
                  "field": "l4_dport",
                  "op": "eq",
                  "value": 22,
                  "l4": "ip4",
                  "loc": "1:10-12"
                }
              ],
              "loc": "1:10-12"
            }
          ],
          "loc": "1:10-12"
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
