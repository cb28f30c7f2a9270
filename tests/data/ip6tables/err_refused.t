# extension header matches kefir does not convert, and the interfaces
== input
ip6tables -A INPUT -m hbh --hbh-len 8 -j DROP
ip6tables -A INPUT -m dst --dst-len 8 -j DROP
ip6tables -A INPUT -m rt --rt-type 0 -j DROP
ip6tables -A INPUT -m ipv6header --header frag -j DROP
ip6tables -A INPUT -m mh --mh-type 1 -j DROP
ip6tables -A INPUT -m eui64 -j DROP
ip6tables -A INPUT -m conntrack --ctstate NEW -j DROP
ip6tables -A INPUT -i eth0 -j DROP
== error
<input>:1:23: error: match 'hbh' is not supported: it walks the options of an extension header, which kefir's IR cannot express
    ip6tables -A INPUT -m hbh --hbh-len 8 -j DROP
                          ^~~
<input>:2:23: error: match 'dst' is not supported: it walks the options of an extension header, which kefir's IR cannot express
    ip6tables -A INPUT -m dst --dst-len 8 -j DROP
                          ^~~
<input>:3:23: error: match 'rt' is not supported: kefir has no walk to the routing or mobility header yet
    ip6tables -A INPUT -m rt --rt-type 0 -j DROP
                          ^~
<input>:4:23: error: match 'ipv6header' is not supported: it checks the whole chain of extension headers, which kefir's IR cannot express
    ip6tables -A INPUT -m ipv6header --header frag -j DROP
                          ^~~~~~~~~~
<input>:5:23: error: match 'mh' is not supported: kefir has no walk to the routing or mobility header yet
    ip6tables -A INPUT -m mh --mh-type 1 -j DROP
                          ^~
<input>:6:23: error: match 'eui64' is not supported: it compares the source address with the MAC address, which kefir does not convert
    ip6tables -A INPUT -m eui64 -j DROP
                          ^~~~~
<input>:7:23: error: match 'conntrack' is not supported: it reads connection tracking state, which a stateless filter does not have (--stateless-approx approximates some of its uses)
    ip6tables -A INPUT -m conntrack --ctstate NEW -j DROP
                          ^~~~~~~~~
<input>:8:20: error: '-i' needs the interface the program will run on: convert with --in-interface IF (kefirc load gives its --dev)
    ip6tables -A INPUT -i eth0 -j DROP
                       ^~
