# accessor sizes are 1, 2 or 4
== input
ip[0:3] = 1
== error
<input>:1:6: error: expected a data size of 1, 2 or 4 after ':', got '3'
    ip[0:3] = 1
         ^
