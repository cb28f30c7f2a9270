# IPv6 addresses are compared a word at a time, first word first, as libpcap loads them
== input
ip6 src host 2001:db8::1
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-3",
      "text": "ip6 src host 2001:db8::1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:14-24"
        },
        {
          "rel": "==",
          "lhs": {
            "load": "net",
            "offset": 8,
            "size": 4,
            "loc": "1:14-24"
          },
          "rhs": 536939960,
          "loc": "1:14-24"
        },
        {
          "rel": "==",
          "lhs": {
            "load": "net",
            "offset": 12,
            "size": 4,
            "loc": "1:14-24"
          },
          "rhs": 0,
          "loc": "1:14-24"
        },
        {
          "rel": "==",
          "lhs": {
            "load": "net",
            "offset": 16,
            "size": 4,
            "loc": "1:14-24"
          },
          "rhs": 0,
          "loc": "1:14-24"
        },
        {
          "rel": "==",
          "lhs": {
            "load": "net",
            "offset": 20,
            "size": 4,
            "loc": "1:14-24"
          },
          "rhs": 1,
          "loc": "1:14-24"
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
