== input
tcp and
== error
<input>:1:8: error: expected a primitive such as 'host', 'port', 'tcp' or 'ip[0] = 1', got end of input
    tcp and
           ^
