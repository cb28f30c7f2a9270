# RETURN in a built-in chain applies the policy
== input
*filter
:INPUT DROP [0:0]
-A INPUT -s 10.0.0.1 -j RETURN
-A INPUT -s 10.0.0.0/8 -j ACCEPT
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
      "text": "-A INPUT -s 10.0.0.1 -j RETURN",
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
          "loc": "3:10-20"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-2"
      }
    },
    {
      "loc": "4:1-2",
      "text": "-A INPUT -s 10.0.0.0/8 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-2"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_src",
                "op": "eq",
                "value": "10.0.0.1",
                "loc": "3:10-20"
              }
            ],
            "loc": "3:1-2"
          },
          "loc": "3:1-2"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "4:10-22"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "4:1-2"
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
