# 'http' is a tcp service
== input
udp port http
== error
<input>:1:10: error: port 'http' is tcp
    udp port http
             ^~~~
