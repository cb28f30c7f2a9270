# ip6tables' matches do not exist in iptables; ip6tables lines of a script
# and -6 rules are for ip6tables and skipped
== input
iptables -A INPUT -m hl --hl-eq 1 -j DROP
iptables -A INPUT -m frag --fragmore -j DROP
iptables -A INPUT -m hbh -j DROP
iptables -A INPUT -p tcp -m ah --ahlen 12 -j DROP
ip6tables -A INPUT -m hl --hl-eq 1 -j DROP
iptables -A INPUT -m icmp6 -j DROP
== error
<input>:1:22: error: match 'hl' exists only in ip6tables
    iptables -A INPUT -m hl --hl-eq 1 -j DROP
                         ^~
<input>:2:22: error: match 'frag' exists only in ip6tables
    iptables -A INPUT -m frag --fragmore -j DROP
                         ^~~~
<input>:3:22: error: match 'hbh' exists only in ip6tables
    iptables -A INPUT -m hbh -j DROP
                         ^~~
<input>:4:29: error: match 'ah' needs '-p ah' before it
    iptables -A INPUT -p tcp -m ah --ahlen 12 -j DROP
                                ^~
<input>:6:22: error: match 'icmp6' exists only in ip6tables
    iptables -A INPUT -m icmp6 -j DROP
                         ^~~~~
