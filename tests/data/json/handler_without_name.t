# a handler is named
== input
{"kefir": 1, "rules": [], "default": {"action": {"type": "handler", "name": ""}}}
== error
<input>: error: default.action.name: expected a non-empty string, got ""
