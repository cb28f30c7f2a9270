# the default action is never implied
== input
{"kefir": 1, "rules": []}
== error
<input>: error: missing key "default"
