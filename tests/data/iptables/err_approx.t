# what --stateless-approx does not approximate stays refused, by name
== flags
stateless-approx
== input
iptables -A INPUT -m state --state NEW -j ACCEPT
iptables -A INPUT -m state --state ESTABLISHED -j DROP
iptables -A INPUT -m state ! --state INVALID -j DROP
iptables -A INPUT -p tcp -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
iptables -A INPUT -m conntrack --ctstate SNAT -j ACCEPT
iptables -A INPUT -m state --state DNAT -j ACCEPT
iptables -A INPUT -m conntrack --ctproto tcp -j ACCEPT
iptables -A INPUT -m hashlimit --hashlimit 5 -j ACCEPT
iptables -A INPUT -m limit --limit 5/fortnight -j ACCEPT
iptables -A INPUT -m limit ! --limit 5 -j ACCEPT
iptables -A INPUT -m recent --rcheck -j DROP
== error
<input>:1:28: error: '--state NEW' has no stateless approximation: --stateless-approx takes NEW with -p tcp, and ESTABLISHED, RELATED in a rule that accepts
    iptables -A INPUT -m state --state NEW -j ACCEPT
                               ^~~~~~~~~~~
<input>:2:28: error: no stateless approximation of ESTABLISHED, RELATED in a rule that does not accept (--stateless-approx takes them as true with -j ACCEPT)
    iptables -A INPUT -m state --state ESTABLISHED -j DROP
                               ^~~~~~~~~~~~~~~~~~~
<input>:3:30: error: '! --state INVALID' has no stateless approximation: --stateless-approx takes NEW with -p tcp, and ESTABLISHED, RELATED in a rule that accepts
    iptables -A INPUT -m state ! --state INVALID -j DROP
                                 ^~~~~~~~~~~~~~~
<input>:4:39: error: '--ctstate NEW,ESTABLISHED' has no stateless approximation: --stateless-approx takes NEW with -p tcp, and ESTABLISHED, RELATED in a rule that accepts
    iptables -A INPUT -p tcp -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
                                          ^~~~~~~~~~~~~~~~~~~~~~~~~
<input>:5:32: error: '--ctstate SNAT' has no stateless approximation: --stateless-approx takes NEW with -p tcp, and ESTABLISHED, RELATED in a rule that accepts
    iptables -A INPUT -m conntrack --ctstate SNAT -j ACCEPT
                                   ^~~~~~~~~~~~~~
<input>:6:36: error: expected connection states (NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED) separated by commas after '--state', got 'DNAT'
    iptables -A INPUT -m state --state DNAT -j ACCEPT
                                       ^~~~
<input>:7:32: error: '--ctproto' is not supported: it reads connection tracking state, which --stateless-approx does not approximate
    iptables -A INPUT -m conntrack --ctproto tcp -j ACCEPT
                                   ^~~~~~~~~
<input>:8:22: error: match 'hashlimit' is not supported: it keeps state across packets
    iptables -A INPUT -m hashlimit --hashlimit 5 -j ACCEPT
                         ^~~~~~~~~
<input>:9:36: error: expected a rate N[/second|/minute|/hour|/day] after '--limit', got '5/fortnight'
    iptables -A INPUT -m limit --limit 5/fortnight -j ACCEPT
                                       ^~~~~~~~~~~
<input>:10:28: error: '!' cannot negate the option that follows it
    iptables -A INPUT -m limit ! --limit 5 -j ACCEPT
                               ^
<input>:11:22: error: match 'recent' is not supported: it keeps state across packets
    iptables -A INPUT -m recent --rcheck -j DROP
                         ^~~~~~
