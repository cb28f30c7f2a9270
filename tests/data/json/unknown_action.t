# iptables spells it ACCEPT; kefir spells it pass
== input
{"kefir": 1, "rules": [], "default": {"action": {"type": "accept"}}}
== error
<input>: error: default.action.type: unknown action type "accept"; expected one of "pass", "drop", "queue", "redirect", "handler"
