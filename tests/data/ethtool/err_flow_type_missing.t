# flow-type without its value
== input
ethtool -N eth0 flow-type
== error
<input>:1:26: error: expected a flow type (ether, ip4, tcp4, udp4, sctp4, ah4, esp4, ip6, tcp6, udp6, sctp6, ah6, esp6), got end of line
    ethtool -N eth0 flow-type
                             ^
