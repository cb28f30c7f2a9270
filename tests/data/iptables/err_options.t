# misplaced '!', repeated options, unknown options, bad values
== input
iptables -A INPUT -p tcp --dport ! 22 -j DROP
iptables -A INPUT ! ! -s 10.0.0.1 -j DROP
iptables -A INPUT -s 10.0.0.1 -s 10.0.0.2 -j DROP
iptables -A INPUT --bogus -j DROP
iptables -A INPUT -m ttl ! --ttl-gt 3 -j DROP
iptables -A INPUT -m ttl --ttl-eq 256 -j DROP
iptables -A INPUT ! -p all -j DROP
iptables -A INPUT -p tcp -j DROP !
== error
<input>:1:34: error: '!' must come before the option it negates (intra-positioned '!' is refused, as in iptables 1.8)
    iptables -A INPUT -p tcp --dport ! 22 -j DROP
                                     ^
<input>:2:21: error: a second '!': one per option
    iptables -A INPUT ! ! -s 10.0.0.1 -j DROP
                        ^
<input>:3:31: error: '-s' is given twice: iptables takes it once per rule
    iptables -A INPUT -s 10.0.0.1 -s 10.0.0.2 -j DROP
                                  ^~
<input>:4:19: error: unknown option '--bogus' (no loaded match or target takes it)
    iptables -A INPUT --bogus -j DROP
                      ^~~~~~~
<input>:5:26: error: '!' cannot negate the option that follows it
    iptables -A INPUT -m ttl ! --ttl-gt 3 -j DROP
                             ^
<input>:6:35: error: expected a TTL of at most 255, got '256'
    iptables -A INPUT -m ttl --ttl-eq 256 -j DROP
                                      ^~~
<input>:7:24: error: '! -p all' would never match: refused as iptables does
    iptables -A INPUT ! -p all -j DROP
                           ^~~
<input>:8:34: error: '!' is not followed by an option
    iptables -A INPUT -p tcp -j DROP !
                                     ^
