# a bpf test's bytecode that does not parse
== input
{
  "kefir": 1,
  "rules": [
    {"match": [{"bpf": "2,6 0 0 1", "end": "ip4"}], "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>: error: rules[0].match[0].bpf: fewer instructions than the program's length says, got "2,6 0 0 1"
