# match is an array
== input
{"kefir": 1, "rules": [{"match": {"field": "eth_type"}, "action": {"type": "drop"}}], "default": {"action": {"type": "pass"}}}
== error
<input>: error: rules[0].match: expected an array, got {"field":"eth_type"}
