# a bpf test: bytecode the kernel refuses, and an end without its guard
== input
{
  "kefir": 1,
  "rules": [
    {"match": [{"field": "eth_type", "op": "eq", "value": "0x0800"},
               {"bpf": "2,6 0 0 1,7 0 0 0", "end": "ip4"}],
     "action": {"type": "drop"}},
    {"match": [{"bpf": "1,6 0 0 1", "end": "ip4"}],
     "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: invalid rule 0: invalid classic BPF program: instruction 1: the last instruction is not a return
<input>: error: invalid rule 1: unguarded classic BPF program with end ip4
