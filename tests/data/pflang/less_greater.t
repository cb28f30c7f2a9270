# less and greater are inclusive, on the wire length
== input
greater 64 and less 1500
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-7",
      "text": "greater 64 and less 1500",
      "match": [
        {
          "field": "pkt_len",
          "op": "range",
          "min": 64,
          "max": 4294967295,
          "loc": "1:1-7"
        },
        {
          "field": "pkt_len",
          "op": "range",
          "min": 0,
          "max": 1500,
          "loc": "1:16-19"
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
