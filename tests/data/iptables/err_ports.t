# ports: reversed ranges, unknown names, missing protocol
== input
iptables -A INPUT -p tcp --dport 90:80 -j DROP
iptables -A INPUT -p tcp --dport nosuchservice -j DROP
iptables -A INPUT --dport 80 -j DROP
iptables -A INPUT -p udp -m tcp --dport 80 -j DROP
iptables -A INPUT ! -p tcp -m tcp -j DROP
iptables -A INPUT -p icmp -m multiport --dports 1,2 -j DROP
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15:16 -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN,ECE SYN -j DROP
== error
<input>:1:34: error: invalid port range '90:80': the first port is above the second
    iptables -A INPUT -p tcp --dport 90:80 -j DROP
                                     ^~~~~
<input>:2:34: error: expected a port, a service name or a range a:b after '--dport', got 'nosuchservice'
    iptables -A INPUT -p tcp --dport nosuchservice -j DROP
                                     ^~~~~~~~~~~~~
<input>:3:19: error: unknown option '--dport' (no loaded match or target takes it)
    iptables -A INPUT --dport 80 -j DROP
                      ^~~~~~~
<input>:4:29: error: match 'tcp' needs '-p tcp' before it
    iptables -A INPUT -p udp -m tcp --dport 80 -j DROP
                                ^~~
<input>:5:31: error: match 'tcp' needs '-p tcp' before it
    iptables -A INPUT ! -p tcp -m tcp -j DROP
                                  ^~~
<input>:6:30: error: match 'multiport' needs '-p tcp', 'udp', 'sctp' or 'dccp' before it
    iptables -A INPUT -p icmp -m multiport --dports 1,2 -j DROP
                                 ^~~~~~~~~
<input>:7:48: error: too many ports in '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15:16': multiport takes at most 15 (a range counts as two)
    iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15:16 -j DROP
                                                   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
<input>:8:38: error: expected TCP flags (FIN, SYN, RST, PSH, ACK, URG, ALL, NONE) separated by commas, got 'SYN,ECE'
    iptables -A INPUT -p tcp --tcp-flags SYN,ECE SYN -j DROP
                                         ^~~~~~~
