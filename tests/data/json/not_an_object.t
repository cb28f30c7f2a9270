# the document is an object
== input
[{"kefir": 1}]
== error
<input>: error: expected an object, got [{"kefir":1}]
