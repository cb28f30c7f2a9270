# with an interface to convert for: -o stays refused, names are checked,
# and -i is given once
== in-interface
eth0
== input
iptables -A INPUT -o eth0 -j DROP
iptables -A INPUT -i a-very-long-interface-name -j DROP
iptables -A INPUT -i eth0 -i eth1 -j DROP
== error
<input>:1:19: error: '-o' is not supported: an XDP or TC ingress program does not know the interface the packet will leave by
    iptables -A INPUT -o eth0 -j DROP
                      ^~
<input>:2:22: error: expected an interface name of 1 to 15 characters, a final '+' for a prefix after '-i', got 'a-very-long-interface-name'
    iptables -A INPUT -i a-very-long-interface-name -j DROP
                         ^~~~~~~~~~~~~~~~~~~~~~~~~~
<input>:3:27: error: '-i' is given twice: iptables takes it once per rule
    iptables -A INPUT -i eth0 -i eth1 -j DROP
                              ^~
