# an unknown flow type
== input
flow-type tcp5 dst-port 80 action 1
== error
<input>:1:11: error: expected a flow type (ether, ip4, tcp4, udp4, sctp4, ah4, esp4, ip6, tcp6, udp6, sctp6, ah6, esp6), got 'tcp5'
    flow-type tcp5 dst-port 80 action 1
              ^~~~
