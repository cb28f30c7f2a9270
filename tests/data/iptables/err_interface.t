# -i and -o match interfaces by name: refused
== input
iptables -A INPUT -i eth0 -j DROP
iptables -A INPUT ! -o lo -j DROP
== error
<input>:1:19: error: '-i' is not supported: it matches the interface by name, which the converted program does not see (load it on that interface instead)
    iptables -A INPUT -i eth0 -j DROP
                      ^~
<input>:2:21: error: '-o' is not supported: it matches the interface by name, which the converted program does not see (load it on that interface instead)
    iptables -A INPUT ! -o lo -j DROP
                        ^~
