# the end of the input is shown after the last token
== input
{
  "kefir": 1,
  "rules": [

== error
<input>:3:13: error: invalid JSON: ']' expected near end of file
      "rules": [
                ^
