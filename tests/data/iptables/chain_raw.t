# --chain selects another built-in chain, here of the raw table; its user chains expand the same way
== input
*filter
:INPUT DROP [0:0]
-A INPUT -p tcp --dport 22 -j ACCEPT
COMMIT
*raw
:PREROUTING ACCEPT [0:0]
:EARLY - [0:0]
-A PREROUTING -s 203.0.113.0/24 -j EARLY
-A EARLY -p udp -j DROP
COMMIT
== chain
raw:PREROUTING
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
      "loc": "9:1-2",
      "text": "-A EARLY -p udp -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "9:1-2"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "203.0.113.0",
          "mask": "255.255.255.0",
          "loc": "8:15-31"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "9:10-15"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "9:1-2"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    },
    "text": ":PREROUTING ACCEPT [0:0]",
    "loc": "6:1-18"
  }
}
