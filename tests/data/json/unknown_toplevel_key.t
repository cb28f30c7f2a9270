# a typo at the top level
== input
{"kefir": 1, "rules": [], "defualt": {"action": {"type": "pass"}}}
== error
<input>: error: unexpected key "defualt", did you mean "default"?
