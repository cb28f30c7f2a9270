# vf belongs to queue
== input
{"kefir": 1, "rules": [], "default": {"action": {"type": "drop", "vf": 1}}}
== error
<input>: error: default.action: unexpected key "vf"; expected one of "type", "loc"
