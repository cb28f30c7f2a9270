# comments and blank lines only: no rule, the default passes
== input
# nothing to convert

   # still nothing
== json
{
  "kefir": 1,
  "syntax": "ethtool",
  "source": "<input>",
  "rules": [],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
