# 'ether proto' of 1500 or less tests an 802.3 length and the LLC DSAP
== input
ether proto 0x42
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-5",
      "text": "ether proto 0x42",
      "match": [
        {
          "field": "eth_type",
          "op": "range",
          "min": "0x0000",
          "max": "0x05dc",
          "loc": "1:13-16"
        },
        {
          "rel": "==",
          "lhs": {
            "load": "net",
            "offset": 0,
            "size": 1,
            "loc": "1:13-16"
          },
          "rhs": 66,
          "loc": "1:13-16"
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
