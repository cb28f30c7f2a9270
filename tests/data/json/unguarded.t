# the validator runs on what was read and quotes the rule text
== input
{
  "kefir": 1, "syntax": "ethtool", "source": "rules.txt",
  "rules": [
    {"loc": "2:1", "text": "flow-type ip4 src-ip 10.0.0.1 action -1",
     "match": [{"field": "ip4_src", "op": "eq", "value": "10.0.0.1", "loc": "2:15-20"}],
     "action": {"type": "drop"}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
rules.txt:2:1: error: invalid rule 0: unguarded test of ip4_src
    flow-type ip4 src-ip 10.0.0.1 action -1
    ^
note: a test that eth_type is IPv4 at network offset 14 must come first
