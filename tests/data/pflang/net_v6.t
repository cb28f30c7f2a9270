# an IPv6 prefix masks the words
== input
dst net 2001:db8::/32
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-3",
      "text": "dst net 2001:db8::/32",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:9-18"
        },
        {
          "rel": "==",
          "lhs": {
            "load": "net",
            "offset": 24,
            "size": 4,
            "loc": "1:9-18"
          },
          "rhs": 536939960,
          "loc": "1:9-18"
        },
        {
          "rel": "==",
          "lhs": {
            "op": "&",
            "lhs": {
              "load": "net",
              "offset": 28,
              "size": 4,
              "loc": "1:9-18"
            },
            "rhs": 0,
            "loc": "1:9-18"
          },
          "rhs": 0,
          "loc": "1:9-18"
        },
        {
          "rel": "==",
          "lhs": {
            "op": "&",
            "lhs": {
              "load": "net",
              "offset": 32,
              "size": 4,
              "loc": "1:9-18"
            },
            "rhs": 0,
            "loc": "1:9-18"
          },
          "rhs": 0,
          "loc": "1:9-18"
        },
        {
          "rel": "==",
          "lhs": {
            "op": "&",
            "lhs": {
              "load": "net",
              "offset": 36,
              "size": 4,
              "loc": "1:9-18"
            },
            "rhs": 0,
            "loc": "1:9-18"
          },
          "rhs": 0,
          "loc": "1:9-18"
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
