# action words take no mask
== input
flow-type tcp4 dst-port 80 action 3 m 1
flow-type tcp4 dst-port 80 loc 1 loc-mask 1
== error
<input>:1:37: error: 'action' takes no mask
    flow-type tcp4 dst-port 80 action 3 m 1
                                        ^
<input>:2:34: error: 'loc' takes no mask
    flow-type tcp4 dst-port 80 loc 1 loc-mask 1
                                     ^~~~~~~~
