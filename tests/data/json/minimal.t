# the smallest document: no source or syntax, so the JSON input names them
== input
{"kefir": 1, "rules": [], "default": {"action": {"type": "pass"}}}
== json
{
  "kefir": 1,
  "syntax": "json",
  "source": "<input>",
  "rules": [],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
