# targets kefir cannot express are refused by name, with the reason
== input
iptables -A INPUT -j NFQUEUE --queue-num 1
iptables -A INPUT -j QUEUE
iptables -t nat -A POSTROUTING -j MASQUERADE
iptables -A INPUT -j MARK --set-mark 1
iptables -A INPUT -j TTL --ttl-set 1
iptables -A INPUT -j DROP -j ACCEPT
== error
<input>:1:22: error: target 'NFQUEUE' is not supported: it hands the packet to a userspace program
    iptables -A INPUT -j NFQUEUE --queue-num 1
                         ^~~~~~~
<input>:2:22: error: target 'QUEUE' is not supported: it hands the packet to a userspace program
    iptables -A INPUT -j QUEUE
                         ^~~~~
<input>:3:35: error: target 'MASQUERADE' is not supported: address translation needs connection tracking
    iptables -t nat -A POSTROUTING -j MASQUERADE
                                      ^~~~~~~~~~
<input>:4:22: error: target 'MARK' is not supported: it sets packet metadata or state a stateless filter does not keep
    iptables -A INPUT -j MARK --set-mark 1
                         ^~~~
<input>:5:22: error: target 'TTL' is not supported: it rewrites, clones or steers the packet
    iptables -A INPUT -j TTL --ttl-set 1
                         ^~~
<input>:6:27: error: a second target '-j': a rule has one
    iptables -A INPUT -j DROP -j ACCEPT
                              ^~
