# redirect needs ifindex or ifname
== input
{"kefir": 1, "rules": [], "default": {"action": {"type": "redirect", "loc": "1:1"}}}
== error
<input>: error: default.action: missing key "ifindex" or "ifname"
