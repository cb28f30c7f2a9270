# JSON has no trailing commas
== input
{
  "kefir": 1,
  "rules": [],
  "default": {"action": {"type": "pass"}},
}
== error
<input>:5:1: error: invalid JSON: string or '}' expected near '}'
    }
    ^
