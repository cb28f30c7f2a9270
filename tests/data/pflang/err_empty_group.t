== input
()
== error
<input>:1:2: error: expected a primitive such as 'host', 'port', 'tcp' or 'ip[0] = 1', got ')'
    ()
     ^
