# only a handler takes arguments
== input
{"kefir": 1, "rules": [{"match": [], "action": {"type": "drop", "args": [1]}}], "default": {"action": {"type": "pass"}}}
== error
<input>: error: rules[0].action: unexpected key "args"; expected one of "type", "loc"
