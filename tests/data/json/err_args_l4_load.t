# an argument that loads from the transport header needs an l4 method
== input
{"kefir": 1, "rules": [{"match": [], "action": {"type": "handler", "name": "h", "args": [{"load": "l4", "offset": 0, "size": 2}]}}], "default": {"action": {"type": "pass"}}}
== error
<input>: error: invalid rule 0: load without a valid anchor
