# a rule must start with flow-type (or the ethtool prefix)
== input
tcp4 dst-port 80 action 1
ethtool -N eth0 tcp4 dst-port 80
ethtool -N eth0
== error
<input>:1:1: error: expected 'flow-type' or 'ethtool -N DEVICE flow-type', got 'tcp4'
    tcp4 dst-port 80 action 1
    ^~~~
<input>:2:17: error: expected 'flow-type', got 'tcp4'
    ethtool -N eth0 tcp4 dst-port 80
                    ^~~~
<input>:3:16: error: expected 'flow-type', got end of line
    ethtool -N eth0
                   ^
