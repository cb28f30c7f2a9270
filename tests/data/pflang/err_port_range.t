# ports are 16 bits
== input
port 70000
== error
<input>:1:6: error: illegal port number 70000 > 65535
    port 70000
         ^~~~~
