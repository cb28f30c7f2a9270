# options of supported matches that walk headers kefir cannot walk
== input
iptables -A INPUT -p tcp --tcp-option 2 -j DROP
iptables -A INPUT -p sctp --chunk-types any INIT -j DROP
iptables -A INPUT -p dccp --dccp-types REQUEST -j DROP
iptables -A INPUT -p tcp -m ecn --ecn-tcp-ece -j DROP
iptables -A INPUT -p udplite --dport 1 -j DROP
iptables -A INPUT ! -p tcp -m multiport --dports 1 -j DROP
== error
<input>:1:26: error: '--tcp-option' is not supported: it walks the TCP options
    iptables -A INPUT -p tcp --tcp-option 2 -j DROP
                             ^~~~~~~~~~~~
<input>:2:27: error: '--chunk-types' is not supported: it walks the SCTP chunks
    iptables -A INPUT -p sctp --chunk-types any INIT -j DROP
                              ^~~~~~~~~~~~~
<input>:3:27: error: '--dccp-types' is not supported: kefir has no DCCP type field yet
    iptables -A INPUT -p dccp --dccp-types REQUEST -j DROP
                              ^~~~~~~~~~~~
<input>:4:33: error: '--ecn-tcp-ece' is not supported: the ecn match reads TCP flags without the first-fragment rule kefir writes
    iptables -A INPUT -p tcp -m ecn --ecn-tcp-ece -j DROP
                                    ^~~~~~~~~~~~~
<input>:5:30: error: unknown option '--dport' (no loaded match or target takes it)
    iptables -A INPUT -p udplite --dport 1 -j DROP
                                 ^~~~~~~
<input>:6:31: error: match 'multiport' needs '-p tcp', 'udp', 'sctp' or 'dccp' before it
    iptables -A INPUT ! -p tcp -m multiport --dports 1 -j DROP
                                  ^~~~~~~~~
