# -s/-d forms as xtables.c reads them: short forms padded, octal and hex parts, dotted (non-contiguous) masks, host bits cleared, lists as a cross-product
== input
iptables -A INPUT -s 10.1 -j DROP
iptables -A INPUT -s 010.1.1.1 -j DROP
iptables -A INPUT -s 0x0a.0.0.2 -j DROP
iptables -A INPUT -s 10/8 -d 10.0.0.1/8 -j DROP
iptables -A INPUT -d 192.168.1.7/255.255.0.255 -j DROP
iptables -A INPUT -d 172.16.0.0/010 -j DROP
iptables -A INPUT -s 0/0 -j ACCEPT
iptables -A INPUT -s 5.5.5.5,6.6.6.6 -d 3.3.3.3,4.4.4.4 -j ACCEPT
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
      "text": "iptables -A INPUT -s 10.1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-8"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.1.0.0",
          "loc": "1:19-25"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -s 010.1.1.1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:1-8"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "8.1.1.1",
          "loc": "2:19-30"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -s 0x0a.0.0.2 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:1-8"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.2",
          "loc": "3:19-31"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "4:1-8",
      "text": "iptables -A INPUT -s 10/8 -d 10.0.0.1/8 -j DROP",
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
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "4:19-25"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "4:27-39"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-8"
      }
    },
    {
      "loc": "5:1-8",
      "text": "iptables -A INPUT -d 192.168.1.7/255.255.0.255 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:1-8"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "192.168.0.7",
          "mask": "255.255.0.255",
          "loc": "5:19-46"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-8"
      }
    },
    {
      "loc": "6:1-8",
      "text": "iptables -A INPUT -d 172.16.0.0/010 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "6:1-8"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "172.0.0.0",
          "mask": "255.0.0.0",
          "loc": "6:19-35"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-8"
      }
    },
    {
      "loc": "7:1-8",
      "text": "iptables -A INPUT -s 0/0 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "7:1-8"
        },
        true
      ],
      "action": {
        "type": "pass",
        "loc": "7:1-8"
      }
    },
    {
      "loc": "8:1-8",
      "text": "iptables -A INPUT -s 5.5.5.5,6.6.6.6 -d 3.3.3.3,4.4.4.4 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "8:1-8"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "5.5.5.5",
          "loc": "8:19-36"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "3.3.3.3",
          "loc": "8:38-55"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "8:1-8"
      }
    },
    {
      "loc": "8:1-8",
      "text": "iptables -A INPUT -s 5.5.5.5,6.6.6.6 -d 3.3.3.3,4.4.4.4 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "8:1-8"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "5.5.5.5",
          "loc": "8:19-36"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "4.4.4.4",
          "loc": "8:38-55"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "8:1-8"
      }
    },
    {
      "loc": "8:1-8",
      "text": "iptables -A INPUT -s 5.5.5.5,6.6.6.6 -d 3.3.3.3,4.4.4.4 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "8:1-8"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "6.6.6.6",
          "loc": "8:19-36"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "3.3.3.3",
          "loc": "8:38-55"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "8:1-8"
      }
    },
    {
      "loc": "8:1-8",
      "text": "iptables -A INPUT -s 5.5.5.5,6.6.6.6 -d 3.3.3.3,4.4.4.4 -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "8:1-8"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "6.6.6.6",
          "loc": "8:19-36"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "4.4.4.4",
          "loc": "8:38-55"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "8:1-8"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
