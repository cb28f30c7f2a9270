# every rule has a match array, even an empty one
== input
{"kefir": 1, "rules": [{"action": {"type": "drop"}}], "default": {"action": {"type": "pass"}}}
== error
<input>: error: rules[0]: missing key "match"
