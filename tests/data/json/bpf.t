# a classic BPF program test: the bytecode text, where its packet ends
== input
{
  "kefir": 1,
  "rules": [
    {"match": [{"field": "eth_type", "op": "eq", "value": "0x86dd"},
               {"bpf": "4,128 0 0 0,37 0 1 80,6 0 0 65535,6 0 0 0", "end": "ip6"}],
     "action": {"type": "drop"}},
    {"match": [{"bpf": "2,48 0 0 0,22 0 0 0", "end": "wire", "net_off": 2}],
     "action": {"type": "pass"}}
  ],
  "default": {"action": {"type": "pass"}}
}
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
          "value": "0x86dd"
        },
        {
          "bpf": "4,128 0 0 0,37 0 1 80,6 0 0 65535,6 0 0 0",
          "end": "ip6"
        }
      ],
      "action": {
        "type": "drop"
      }
    },
    {
      "match": [
        {
          "bpf": "2,48 0 0 0,22 0 0 0",
          "end": "wire",
          "net_off": 2
        }
      ],
      "action": {
        "type": "pass"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
