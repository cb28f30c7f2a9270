# 'ip6' cannot qualify an IPv4 address
== input
ip6 host 10.0.0.1
== error
<input>:1:10: error: 'ip6' modifier applied to ip host
    ip6 host 10.0.0.1
             ^~~~~~~~
