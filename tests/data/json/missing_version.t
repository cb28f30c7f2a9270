# the format version comes first
== input
{"rules": [], "default": {"action": {"type": "pass"}}}
== error
<input>: error: missing key "kefir"
