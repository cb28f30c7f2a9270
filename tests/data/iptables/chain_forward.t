# the FORWARD chain of the filter table
== input
iptables -A INPUT -j DROP
iptables -A FORWARD -d 10.0.0.0/8 -j ACCEPT
iptables -P FORWARD DROP
== chain
FORWARD
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
      "loc": "2:1-8",
      "text": "iptables -A FORWARD -d 10.0.0.0/8 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:1-8"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "2:21-33"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:1-8"
      }
    }
  ],
  "default": {
    "action": {
      "type": "drop"
    },
    "text": "iptables -P FORWARD DROP",
    "loc": "3:1-24"
  }
}
