# only version 1 exists
== input
{"kefir": 2, "rules": [], "default": {"action": {"type": "pass"}}}
== error
<input>: error: kefir: expected format version 1, got 2
