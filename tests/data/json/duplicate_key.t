# duplicate keys are refused by the parser, with a location
== input
{
  "kefir": 1,
  "rules": [],
  "default": {"action": {"type": "pass"}, "action": {"type": "drop"}}
}
== error
<input>:4:43: error: invalid JSON: duplicate object key near '"action"'
      "default": {"action": {"type": "pass"}, "action": {"type": "drop"}}
                                              ^~~~~~~~
