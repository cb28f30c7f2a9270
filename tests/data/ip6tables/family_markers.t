# a save file shared with iptables: -6 lines are read, -4 lines skipped
== input
*filter
:INPUT DROP [0:0]
-6 -A INPUT -s 2001:db8::1 -j ACCEPT
-4 -A INPUT -s 10.0.0.1 -j ACCEPT
-A INPUT -4 -s 10.0.0.2 -j ACCEPT
-A INPUT -6 -p tcp -j ACCEPT
COMMIT
== json
{
  "kefir": 1,
  "syntax": "ip6tables",
  "source": "<input>",
  "rules": [
    {
      "match": [
        {
          "not": {
            "field": "eth_type",
            "op": "eq",
            "value": "0x86dd"
          }
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "3:1-2",
      "text": "-6 -A INPUT -s 2001:db8::1 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:1-2"
        },
        {
          "field": "ip6_src",
          "op": "eq",
          "value": "2001:db8::1",
          "loc": "3:13-26"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "3:1-2"
      }
    },
    {
      "loc": "6:1-2",
      "text": "-A INPUT -6 -p tcp -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "6:1-2"
        },
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "6:13-18"
          },
          "loc": "6:13-18"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-2"
      }
    },
    {
      "loc": "6:1-2",
      "text": "-A INPUT -6 -p tcp -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "6:1-2"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 6,
          "l4": "ip6_find",
          "loc": "6:13-18"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "6:1-2"
      }
    }
  ],
  "default": {
    "action": {
      "type": "drop"
    },
    "text": ":INPUT DROP [0:0]",
    "loc": "2:1-11"
  }
}
