== input
ip[0] + 1
== error
<input>:1:10: error: expected a comparison ('=', '!=', '<', '<=', '>' or '>=') or an arithmetic operator, got end of input
    ip[0] + 1
             ^
