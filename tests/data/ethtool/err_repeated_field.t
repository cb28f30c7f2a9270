# a field, or an action word, given twice
== input
flow-type tcp4 dst-port 80 src-ip 10.0.0.1 dst-port 443 action 1
flow-type udp4 dst-port 53 loc 1 loc 2
flow-type ether dst 00:11:22:33:44:55 action 1 action 2
== error
<input>:1:44: error: 'dst-port' is given twice in this rule
    flow-type tcp4 dst-port 80 src-ip 10.0.0.1 dst-port 443 action 1
                                               ^~~~~~~~
<input>:1:16: note: first given here
    flow-type tcp4 dst-port 80 src-ip 10.0.0.1 dst-port 443 action 1
                   ^~~~~~~~
<input>:2:34: error: 'loc' is given twice in this rule
    flow-type udp4 dst-port 53 loc 1 loc 2
                                     ^~~
<input>:2:28: note: first given here
    flow-type udp4 dst-port 53 loc 1 loc 2
                               ^~~
<input>:3:48: error: 'action' is given twice in this rule
    flow-type ether dst 00:11:22:33:44:55 action 1 action 2
                                                   ^~~~~~
<input>:3:39: note: first given here
    flow-type ether dst 00:11:22:33:44:55 action 1 action 2
                                          ^~~~~~
