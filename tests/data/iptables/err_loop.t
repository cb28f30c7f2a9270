# a loop in the chain graph is refused
== input
*filter
:INPUT ACCEPT [0:0]
:A - [0:0]
:B - [0:0]
-A INPUT -j A
-A A -p tcp -j B
-A B -g A
COMMIT
== error
<input>:7:9: error: chain 'A' calls itself through 'B': loops are refused, as iptables does
    -A B -g A
            ^
