# a prefix of several ICMP type names is ambiguous
== input
iptables -A INPUT -p icmp --icmp-type echo-re -j ACCEPT
iptables -A INPUT -p icmp --icmp-type a -j ACCEPT
== error
<input>:1:39: error: ambiguous ICMP type 'echo-re': 'echo-reply' or 'echo-request'
    iptables -A INPUT -p icmp --icmp-type echo-re -j ACCEPT
                                          ^~~~~~~
<input>:2:39: error: ambiguous ICMP type 'a': 'any' or 'address-mask-request'
    iptables -A INPUT -p icmp --icmp-type a -j ACCEPT
                                          ^
