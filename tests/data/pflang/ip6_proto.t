# 'ip6 proto' accepts one fragment header
== input
ip6 proto 58
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-3",
      "text": "ip6 proto 58",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:11-12"
        },
        {
          "any": [
            {
              "field": "ip6_next",
              "op": "eq",
              "value": 58,
              "loc": "1:11-12"
            },
            {
              "all": [
                {
                  "field": "ip6_next",
                  "op": "eq",
                  "value": 44,
                  "loc": "1:11-12"
                },
                {
                  "rel": "==",
                  "lhs": {
                    "load": "net",
                    "offset": 40,
                    "size": 1,
                    "loc": "1:11-12"
                  },
                  "rhs": 58,
                  "loc": "1:11-12"
                }
              ],
              "loc": "1:11-12"
            }
          ],
          "loc": "1:11-12"
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
