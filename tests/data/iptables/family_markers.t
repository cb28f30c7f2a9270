# -4 lines are kept, -6 lines are for ip6tables-restore and skipped
== input
*filter
:INPUT ACCEPT [0:0]
-4 -A INPUT -s 10.0.0.1 -j DROP
-6 -A INPUT -s 2001:db8::1 -j DROP
-A INPUT -6 -s 2001:db8::2 -j DROP
-A INPUT -4 -s 10.0.0.2 -j DROP
COMMIT
== json
{
  "kefir": 1,
  "syntax": "iptables",
  "source": "<input>",
  "rules": [
    {
      "match": [
        {
          "not": {
            "field": "eth_type",
            "op": "eq",
            "value": "0x0800"
          }
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "3:1-2",
      "text": "-4 -A INPUT -s 10.0.0.1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:1-2"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "3:13-23"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-2"
      }
    },
    {
      "loc": "6:1-2",
      "text": "-A INPUT -4 -s 10.0.0.2 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "6:1-2"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.2",
          "loc": "6:13-23"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-2"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    },
    "text": ":INPUT ACCEPT [0:0]",
    "loc": "2:1-13"
  }
}
