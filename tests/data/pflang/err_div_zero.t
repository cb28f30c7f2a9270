# libpcap checks the first statement of a divisor: here the index of ip[0]
== input
1 / ip[0] = 1
== error
<input>:1:3: error: division by zero
    1 / ip[0] = 1
      ^
