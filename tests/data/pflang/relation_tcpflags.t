# an accessor's guards (IPv4, the protocol, first fragment) come before the relation
== input
tcp[tcpflags] & tcp-syn != 0
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-3",
      "text": "tcp[tcpflags] & tcp-syn != 0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-3"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "1:1-3"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "1:1-3"
        },
        {
          "rel": "!=",
          "lhs": {
            "op": "&",
            "lhs": {
              "load": "l4",
              "offset": 13,
              "size": 1,
              "loc": "1:1-3"
            },
            "rhs": 2,
            "loc": "1:15"
          },
          "rhs": 0,
          "l4": "ip4",
          "loc": "1:25-26"
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
