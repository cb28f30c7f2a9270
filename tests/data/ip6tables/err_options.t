# what ip6tables refuses, kefir refuses
== input
ip6tables -A INPUT -f -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type r -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type 300 -j DROP
ip6tables -A INPUT -p icmp --icmp-type 8 -j DROP
ip6tables -A INPUT -m ttl --ttl-eq 1 -j DROP
ip6tables -A INPUT -m hl --hl-eq 1 --hl-gt 3 -j DROP
ip6tables -A INPUT -m hl ! --hl-lt 3 -j DROP
ip6tables -A INPUT -m frag --fragmore --fraglast -j DROP
ip6tables -A INPUT -m frag ! --fragfirst -j DROP
ip6tables -A INPUT -s 10.0.0.1 -j DROP
ip6tables -A INPUT -d 2001:db8::/129 -j DROP
ip6tables -A INPUT -m icmp6 -j DROP
ip6tables -A INPUT -p tcp -m esp -j DROP
ip6tables -A INPUT -m iprange --src-range 2001:db8::1-10.0.0.1 -j DROP
== error
<input>:1:20: error: '-f' is not supported in IPv6, as in ip6tables: use -m frag instead
    ip6tables -A INPUT -f -j DROP
                       ^~
<input>:2:44: error: ambiguous ICMPv6 type 'r': 'reject-route' or 'router-solicitation'
    ip6tables -A INPUT -p icmpv6 --icmpv6-type r -j DROP
                                               ^
<input>:3:44: error: expected an ICMPv6 type name or TYPE[/CODE] after '--icmpv6-type', got '300'
    ip6tables -A INPUT -p icmpv6 --icmpv6-type 300 -j DROP
                                               ^~~
<input>:4:28: error: unknown option '--icmp-type' (no loaded match or target takes it)
    ip6tables -A INPUT -p icmp --icmp-type 8 -j DROP
                               ^~~~~~~~~~~
<input>:5:23: error: match 'ttl' exists only in iptables
    ip6tables -A INPUT -m ttl --ttl-eq 1 -j DROP
                          ^~~
<input>:6:36: error: option '--hl-gt' cannot be used together with '--hl-eq'
    ip6tables -A INPUT -m hl --hl-eq 1 --hl-gt 3 -j DROP
                                       ^~~~~~~
<input>:7:26: error: '!' cannot negate the option that follows it
    ip6tables -A INPUT -m hl ! --hl-lt 3 -j DROP
                             ^
<input>:8:39: error: option '--fraglast' cannot be used together with '--fragmore'
    ip6tables -A INPUT -m frag --fragmore --fraglast -j DROP
                                          ^~~~~~~~~~
<input>:9:28: error: '!' cannot negate the option that follows it
    ip6tables -A INPUT -m frag ! --fragfirst -j DROP
                               ^
<input>:10:23: error: expected IPv6 addresses with optional /prefix or /mask, got '10.0.0.1' (host names are not resolved)
    ip6tables -A INPUT -s 10.0.0.1 -j DROP
                          ^~~~~~~~
<input>:11:23: error: expected IPv6 addresses with optional /prefix or /mask, got '2001:db8::/129' (host names are not resolved)
    ip6tables -A INPUT -d 2001:db8::/129 -j DROP
                          ^~~~~~~~~~~~~~
<input>:12:23: error: match 'icmp6' needs '-p icmpv6' before it
    ip6tables -A INPUT -m icmp6 -j DROP
                          ^~~~~
<input>:13:30: error: match 'esp' needs '-p esp' before it
    ip6tables -A INPUT -p tcp -m esp -j DROP
                                 ^~~
<input>:14:43: error: expected an IPv6 address range A-B after '--src-range', got '2001:db8::1-10.0.0.1'
    ip6tables -A INPUT -m iprange --src-range 2001:db8::1-10.0.0.1 -j DROP
                                              ^~~~~~~~~~~~~~~~~~~~
