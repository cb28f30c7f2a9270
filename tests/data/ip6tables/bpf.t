# -m bpf in ip6tables: offset 0 is the IPv6 header, the length its payload
# length + 40. Programs from libpcap for raw IPv6
== input
ip6tables -A INPUT -m bpf --bytecode "7,0 0 0 0,48 0 0 6,21 0 3 6,40 0 0 42,21 0 1 22,6 0 0 65535,6 0 0 0" -j ACCEPT
ip6tables -A INPUT -m bpf --bytecode "4,128 0 0 0,37 0 1 80,6 0 0 65535,6 0 0 0" -j DROP
ip6tables -A INPUT -p udp -m bpf --bytecode "8,0 0 0 0,48 0 0 6,21 3 0 6,21 0 3 44,48 0 0 40,21 0 1 6,6 0 0 65535,6 0 0 0" -j DROP
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
      "loc": "1:1-9",
      "text": "ip6tables -A INPUT -m bpf --bytecode \"7,0 0 0 0,48 0 0 6,21 0 3 6,40 0 0 42,21 0 1 22,6 0 0 65535,6 0 0 0\" -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "1:1-9"
        },
        {
          "bpf": "7,0 0 0 0,48 0 0 6,21 0 3 6,40 0 0 42,21 0 1 22,6 0 0 65535,6 0 0 0",
          "end": "ip6",
          "loc": "1:27-106"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-9"
      }
    },
    {
      "loc": "2:1-9",
      "text": "ip6tables -A INPUT -m bpf --bytecode \"4,128 0 0 0,37 0 1 80,6 0 0 65535,6 0 0 0\" -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "2:1-9"
        },
        {
          "bpf": "4,128 0 0 0,37 0 1 80,6 0 0 65535,6 0 0 0",
          "end": "ip6",
          "loc": "2:27-80"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -p udp -m bpf --bytecode \"8,0 0 0 0,48 0 0 6,21 3 0 6,21 0 3 44,48 0 0 40,21 0 1 6,6 0 0 65535,6 0 0 0\" -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:1-9"
        },
        {
          "not": {
            "field": "ip6_find_error",
            "op": "eq",
            "value": 0,
            "l4": "ip6_find",
            "loc": "3:20-25"
          },
          "loc": "3:20-25"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-9"
      }
    },
    {
      "loc": "3:1-9",
      "text": "ip6tables -A INPUT -p udp -m bpf --bytecode \"8,0 0 0 0,48 0 0 6,21 3 0 6,21 0 3 44,48 0 0 40,21 0 1 6,6 0 0 65535,6 0 0 0\" -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x86dd",
          "loc": "3:1-9"
        },
        {
          "field": "ip6_find_proto",
          "op": "eq",
          "value": 17,
          "l4": "ip6_find",
          "loc": "3:20-25"
        },
        {
          "bpf": "8,0 0 0 0,48 0 0 6,21 3 0 6,21 0 3 44,48 0 0 40,21 0 1 6,6 0 0 65535,6 0 0 0",
          "end": "ip6",
          "loc": "3:34-122"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-9"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
