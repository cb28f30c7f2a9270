# ether multicast is the group bit (broadcast included); ip multicast is 224 and up
== input
ether multicast and not ip multicast
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-5",
      "text": "ether multicast and not ip multicast",
      "match": [
        {
          "rel": "!=",
          "lhs": {
            "op": "&",
            "lhs": {
              "load": "link",
              "offset": 0,
              "size": 1,
              "loc": "1:7-15"
            },
            "rhs": 1,
            "loc": "1:7-15"
          },
          "rhs": 0,
          "loc": "1:7-15"
        },
        {
          "not": {
            "all": [
              {
                "field": "eth_type",
                "op": "eq",
                "value": "0x0800",
                "loc": "1:28-36"
              },
              {
                "rel": ">=",
                "lhs": {
                  "load": "net",
                  "offset": 16,
                  "size": 1,
                  "loc": "1:28-36"
                },
                "rhs": 224,
                "loc": "1:28-36"
              }
            ],
            "loc": "1:28-36"
          },
          "loc": "1:28-36"
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
