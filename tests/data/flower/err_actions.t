# actions kefir cannot express are refused by name with the reason
== input
protocol ip flower action police rate 1mbit burst 10k
protocol ip flower action ct commit
protocol ip flower action mirred egress mirror dev eth1
protocol ip flower action mirred ingress redirect dev eth1
protocol ip flower action skbedit mark 5
protocol ip flower action vlan pop
protocol ip flower action reclassify
== error
<input>:1:27: error: 'police' is not supported: it is a stateful rate limiter
    protocol ip flower action police rate 1mbit burst 10k
                              ^~~~~~
<input>:2:27: error: 'ct' is not supported: it is stateful (conntrack)
    protocol ip flower action ct commit
                              ^~
<input>:3:41: error: 'mirror' is not supported: it sends a copy of the packet, and kefir's IR has no copy action
    protocol ip flower action mirred egress mirror dev eth1
                                            ^~~~~~
<input>:4:34: error: 'ingress' is not supported: kefir's redirect sends the packet out of an interface (egress) only
    protocol ip flower action mirred ingress redirect dev eth1
                                     ^~~~~~~
<input>:5:27: error: 'skbedit' is not supported: it sets skb metadata (queue_mapping, mark, priority, ptype), and kefir's IR has no such action
    protocol ip flower action skbedit mark 5
                              ^~~~~~~
<input>:6:27: error: 'vlan' is not supported: it rewrites headers, and kefir's IR has no rewrite actions
    protocol ip flower action vlan pop
                              ^~~~
<input>:7:27: error: 'reclassify' is not supported: it restarts classification, which a first-match ruleset cannot express
    protocol ip flower action reclassify
                              ^~~~~~~~~~
== tc
kernel
kernel
kernel
kernel
kernel
kernel
kernel
