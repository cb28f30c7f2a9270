# an arithmetic operation keeps the guards of its left operand only, as libpcap
== input
ether[0] + tcp[0] = ip[0]
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-5",
      "text": "ether[0] + tcp[0] = ip[0]",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:21-22"
        },
        {
          "rel": "==",
          "lhs": {
            "op": "+",
            "lhs": {
              "load": "link",
              "offset": 0,
              "size": 1,
              "loc": "1:1-5"
            },
            "rhs": {
              "load": "l4",
              "offset": 0,
              "size": 1,
              "loc": "1:12-14"
            },
            "loc": "1:10"
          },
          "rhs": {
            "load": "net",
            "offset": 0,
            "size": 1,
            "loc": "1:21-22"
          },
          "l4": "ip4",
          "loc": "1:19"
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
