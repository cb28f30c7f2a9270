# stateful and metadata matches are refused by name, with the reason
== input
iptables -A INPUT -m state --state ESTABLISHED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
iptables -A INPUT -m limit --limit 5/s -j ACCEPT
iptables -A INPUT -m set --match-set bad src -j DROP
iptables -A INPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A INPUT -m mark --mark 1 -j ACCEPT
iptables -A INPUT -m time --timestart 09:00 -j ACCEPT
iptables -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
iptables -A INPUT -m pkttype --pkt-type broadcast -j DROP
iptables -A INPUT -m nosuch -j DROP
== error
<input>:1:22: error: match 'state' is not supported: it reads connection tracking state, which a stateless filter does not have (--stateless-approx approximates some of its uses)
    iptables -A INPUT -m state --state ESTABLISHED -j ACCEPT
                         ^~~~~
<input>:2:22: error: match 'conntrack' is not supported: it reads connection tracking state, which a stateless filter does not have (--stateless-approx approximates some of its uses)
    iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT
                         ^~~~~~~~~
<input>:3:22: error: match 'limit' is not supported: it keeps state across packets (--stateless-approx approximates some of its uses)
    iptables -A INPUT -m limit --limit 5/s -j ACCEPT
                         ^~~~~
<input>:4:22: error: match 'set' is not supported: it reads an ipset, which kefir cannot see
    iptables -A INPUT -m set --match-set bad src -j DROP
                         ^~~
<input>:5:22: error: match 'owner' is not supported: it needs the local socket of the packet
    iptables -A INPUT -m owner --uid-owner 0 -j ACCEPT
                         ^~~~~
<input>:6:22: error: match 'mark' is not supported: it reads the packet mark, which XDP cannot see
    iptables -A INPUT -m mark --mark 1 -j ACCEPT
                         ^~~~
<input>:7:22: error: match 'time' is not supported: it depends on the arrival time
    iptables -A INPUT -m time --timestart 09:00 -j ACCEPT
                         ^~~~
<input>:8:22: error: match 'addrtype' is not supported: it needs a routing lookup
    iptables -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
                         ^~~~~~~~
<input>:9:22: error: match 'pkttype' is not supported: it reads packet metadata the program does not see
    iptables -A INPUT -m pkttype --pkt-type broadcast -j DROP
                         ^~~~~~~
<input>:10:22: error: unknown or unsupported match 'nosuch' (docs/iptables.md lists the supported ones)
    iptables -A INPUT -m nosuch -j DROP
                         ^~~~~~
