# -p names (any case), numbers (base 0), all; -f and ! -f
== input
iptables -A INPUT -p TCP -j ACCEPT
iptables -A INPUT -p 0x11 -j ACCEPT
iptables -A INPUT ! -p icmp -j DROP
iptables -A INPUT -p all -s 10.0.0.1 -j ACCEPT
iptables -A INPUT -p 0 -s 10.0.0.2 -j ACCEPT
iptables -A INPUT -f -j DROP
iptables -A INPUT ! -f -p gre -j ACCEPT
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
      "loc": "1:1-8",
      "text": "iptables -A INPUT -p TCP -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "1:19-24"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p 0x11 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "2:19-25"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT ! -p icmp -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:1-8"
        },
        {
          "not": {
            "field": "ip4_proto",
            "op": "eq",
            "value": 1,
            "loc": "3:21-27"
          },
          "loc": "3:21-27"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "4:1-8",
      "text": "iptables -A INPUT -p all -s 10.0.0.1 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-8"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "4:26-36"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "4:1-8"
      }
    },
    {
      "loc": "5:1-8",
      "text": "iptables -A INPUT -p 0 -s 10.0.0.2 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:1-8"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.2",
          "loc": "5:24-34"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "5:1-8"
      }
    },
    {
      "loc": "6:1-8",
      "text": "iptables -A INPUT -f -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "6:1-8"
        },
        {
          "not": {
            "field": "ip4_fragoff",
            "op": "eq",
            "value": 0,
            "loc": "6:19-20"
          },
          "loc": "6:19-20"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-8"
      }
    },
    {
      "loc": "7:1-8",
      "text": "iptables -A INPUT ! -f -p gre -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "7:1-8"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 47,
          "loc": "7:24-29"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "7:21-22"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "7:1-8"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
