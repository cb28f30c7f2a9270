# nothing at all
== input
== error
<input>:1:1: error: invalid JSON: '[' or '{' expected near end of file
