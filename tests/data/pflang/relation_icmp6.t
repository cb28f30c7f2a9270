# icmp6[] is 40 bytes after the IPv6 header, with next header 58
== input
icmp6[icmp6type] = icmp6-echo
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-5",
      "text": "icmp6[icmp6type] = icmp6-echo",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:1-5"
        },
        {
          "field": "ip6_next",
          "op": "eq",
          "value": 58,
          "loc": "1:1-5"
        },
        {
          "rel": "==",
          "lhs": {
            "load": "net",
            "offset": {
              "op": "+",
              "lhs": 0,
              "rhs": 40,
              "loc": "1:1-5"
            },
            "size": 1,
            "loc": "1:1-5"
          },
          "rhs": 128,
          "loc": "1:18"
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
