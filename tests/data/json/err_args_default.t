# the default action takes no arguments
== input
{"kefir": 1, "rules": [], "default": {"action": {"type": "handler", "name": "h", "args": [1]}}}
== error
<input>: error: invalid rule 0: the default action takes no arguments
