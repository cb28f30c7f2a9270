# one document per input
== input
{"kefir": 1, "rules": [], "default": {"action": {"type": "pass"}}} x
== error
<input>:1:68: error: invalid JSON: end of file expected near 'x'
    {"kefir": 1, "rules": [], "default": {"action": {"type": "pass"}}} x
                                                                       ^
