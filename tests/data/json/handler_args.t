# a handler's extra arguments (pfmatch's "=> h(&ip[0], &tcp[0], tcp[13])"):
# expressions with their own layout for the net and l4 anchors
== input
{"kefir": 1, "rules": [{"match": [{"field": "eth_type", "op": "eq", "value": "0x0800"}, {"field": "ip4_proto", "op": "eq", "value": 6}], "action": {"type": "handler", "name": "on_tcp", "l4": "ip4", "args": [14, {"op": "+", "lhs": 14, "rhs": {"op": "<<", "lhs": {"op": "&", "lhs": {"load": "link", "offset": 14, "size": 1}, "rhs": 15}, "rhs": 2}}, {"load": "l4", "offset": 13, "size": 1}]}}], "default": {"action": {"type": "pass"}}}
== json
{
  "kefir": 1,
  "syntax": "json",
  "source": "<input>",
  "rules": [
    {
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6
        }
      ],
      "action": {
        "type": "handler",
        "name": "on_tcp",
        "args": [
          14,
          {
            "op": "+",
            "lhs": 14,
            "rhs": {
              "op": "<<",
              "lhs": {
                "op": "&",
                "lhs": {
                  "load": "link",
                  "offset": 14,
                  "size": 1
                },
                "rhs": 15
              },
              "rhs": 2
            }
          },
          {
            "load": "l4",
            "offset": 13,
            "size": 1
          }
        ],
        "l4": "ip4"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
