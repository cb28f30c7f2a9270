# without an interface to convert for, -i is refused; -o always is
== input
iptables -A INPUT -i eth0 -j DROP
iptables -A INPUT ! -o lo -j DROP
== error
<input>:1:19: error: '-i' needs the interface the program will run on: convert with --in-interface IF (kefirc load gives its --dev)
    iptables -A INPUT -i eth0 -j DROP
                      ^~
<input>:2:21: error: '-o' is not supported: an XDP or TC ingress program does not know the interface the packet will leave by
    iptables -A INPUT ! -o lo -j DROP
                        ^~
