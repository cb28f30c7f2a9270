# '%' and '^' take everything to their right, as in libpcap 1.10
== input
len - 14 % 4 ^ 1 > ether[len - 1]
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-3",
      "text": "len - 14 % 4 ^ 1 > ether[len - 1]",
      "match": [
        {
          "rel": ">",
          "lhs": {
            "op": "-",
            "lhs": "len",
            "rhs": {
              "op": "%",
              "lhs": 14,
              "rhs": {
                "op": "^",
                "lhs": 4,
                "rhs": 1,
                "loc": "1:14"
              },
              "loc": "1:10"
            },
            "loc": "1:5"
          },
          "rhs": {
            "load": "link",
            "offset": {
              "op": "-",
              "lhs": "len",
              "rhs": 1,
              "loc": "1:30"
            },
            "size": 1,
            "loc": "1:20-24"
          },
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
