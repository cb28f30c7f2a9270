# -m bpf: xt_bpf runs a classic BPF program on the packet from its IPv4
# header to its total length (offset 0 is the IP header); non-zero is a
# match. Programs from libpcap for raw IPv4, then by hand: a shift by X
# takes X's low five bits, a division by zero and a load past the length
# end the program with 0, SKF_AD_PROTOCOL is the EtherType, SKF_AD_ALU_XOR_X
# is A ^= X, scratch words
== input
iptables -A INPUT -m bpf --bytecode "10,0 0 0 1,48 0 0 9,21 0 6 6,40 0 0 6,69 4 0 8191,177 0 0 0,72 0 0 2,21 0 1 22,6 0 0 65535,6 0 0 0" -j ACCEPT
iptables -A INPUT -p udp -m bpf --bytecode "4,128 0 0 0,37 0 1 60,6 0 0 65535,6 0 0 0" -j DROP
iptables -A INPUT -m bpf --bytecode "6,1 0 0 33,0 0 0 1,108 0 0 0,21 0 1 2,6 0 0 1,6 0 0 0" -s 10.0.0.1 -j DROP
iptables -A INPUT -m bpf --bytecode "4,1 0 0 0,0 0 0 5,60 0 0 0,6 0 0 1" -j DROP
iptables -A INPUT -m bpf --bytecode "3,129 0 0 0,80 0 0 0,6 0 0 1" -j DROP
iptables -A INPUT -m bpf --bytecode "5,129 0 0 0,80 0 0 4294967295,21 0 1 0,6 0 0 1,6 0 0 0," -s 192.0.2.13 -j DROP
iptables -A INPUT -m bpf --bytecode "12,0 0 0 0,2 0 0 0,40 0 0 4294963200,21 0 4 2048,1 0 0 5,0 0 0 3,32 0 0 4294963240,2 0 0 0,48 0 0 9,97 0 0 0,28 0 0 0,22 0 0 0" -j ACCEPT
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
      "text": "iptables -A INPUT -m bpf --bytecode \"10,0 0 0 1,48 0 0 9,21 0 6 6,40 0 0 6,69 4 0 8191,177 0 0 0,72 0 0 2,21 0 1 22,6 0 0 65535,6 0 0 0\" -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-8"
        },
        {
          "bpf": "10,0 0 0 1,48 0 0 9,21 0 6 6,40 0 0 6,69 4 0 8191,177 0 0 0,72 0 0 2,21 0 1 22,6 0 0 65535,6 0 0 0",
          "end": "ip4",
          "loc": "1:26-136"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "1:1-8"
      }
    },
    {
      "loc": "2:1-8",
      "text": "iptables -A INPUT -p udp -m bpf --bytecode \"4,128 0 0 0,37 0 1 60,6 0 0 65535,6 0 0 0\" -j DROP",
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
          "loc": "2:19-24"
        },
        {
          "bpf": "4,128 0 0 0,37 0 1 60,6 0 0 65535,6 0 0 0",
          "end": "ip4",
          "loc": "2:33-86"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "2:1-8"
      }
    },
    {
      "loc": "3:1-8",
      "text": "iptables -A INPUT -m bpf --bytecode \"6,1 0 0 33,0 0 0 1,108 0 0 0,21 0 1 2,6 0 0 1,6 0 0 0\" -s 10.0.0.1 -j DROP",
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
          "value": "10.0.0.1",
          "loc": "3:93-103"
        },
        {
          "bpf": "6,1 0 0 33,0 0 0 1,108 0 0 0,21 0 1 2,6 0 0 1,6 0 0 0",
          "end": "ip4",
          "loc": "3:26-91"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "3:1-8"
      }
    },
    {
      "loc": "4:1-8",
      "text": "iptables -A INPUT -m bpf --bytecode \"4,1 0 0 0,0 0 0 5,60 0 0 0,6 0 0 1\" -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:1-8"
        },
        {
          "bpf": "4,1 0 0 0,0 0 0 5,60 0 0 0,6 0 0 1",
          "end": "ip4",
          "loc": "4:26-72"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:1-8"
      }
    },
    {
      "loc": "5:1-8",
      "text": "iptables -A INPUT -m bpf --bytecode \"3,129 0 0 0,80 0 0 0,6 0 0 1\" -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "5:1-8"
        },
        {
          "bpf": "3,129 0 0 0,80 0 0 0,6 0 0 1",
          "end": "ip4",
          "loc": "5:26-66"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "5:1-8"
      }
    },
    {
      "loc": "6:1-8",
      "text": "iptables -A INPUT -m bpf --bytecode \"5,129 0 0 0,80 0 0 4294967295,21 0 1 0,6 0 0 1,6 0 0 0,\" -s 192.0.2.13 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "6:1-8"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "192.0.2.13",
          "loc": "6:95-107"
        },
        {
          "bpf": "5,129 0 0 0,80 0 0 4294967295,21 0 1 0,6 0 0 1,6 0 0 0",
          "end": "ip4",
          "loc": "6:26-93"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "6:1-8"
      }
    },
    {
      "loc": "7:1-8",
      "text": "iptables -A INPUT -m bpf --bytecode \"12,0 0 0 0,2 0 0 0,40 0 0 4294963200,21 0 4 2048,1 0 0 5,0 0 0 3,32 0 0 4294963240,2 0 0 0,48 0 0 9,97 0 0 0,28 0 0 0,22 0 0 0\" -j ACCEPT",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "7:1-8"
        },
        {
          "bpf": "12,0 0 0 0,2 0 0 0,40 0 0 4294963200,21 0 4 2048,1 0 0 5,0 0 0 3,32 0 0 4294963240,2 0 0 0,48 0 0 9,97 0 0 0,28 0 0 0,22 0 0 0",
          "end": "ip4",
          "loc": "7:26-164"
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
