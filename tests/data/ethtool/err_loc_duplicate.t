# two rules in one location: the later one is refused
== input
flow-type tcp4 dst-port 80 loc 5 action 1
flow-type tcp4 dst-port 443 loc 1 action 2
flow-type udp4 dst-port 53 loc 0x5 action 3
== error
<input>:3:32: error: location 5 is already used by the rule on line 1
    flow-type udp4 dst-port 53 loc 0x5 action 3
                                   ^~~
<input>:1:32: note: location 5 first used here
    flow-type tcp4 dst-port 80 loc 5 action 1
                                   ^
