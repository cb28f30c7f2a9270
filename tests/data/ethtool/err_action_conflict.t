# action conflicts with vf and queue
== input
flow-type tcp4 dst-port 80 action 1 queue 2
flow-type tcp4 dst-port 80 vf 1 action 1
== error
<input>:1:37: error: 'queue' cannot be combined with 'action': write 'action N' or 'vf V queue Q'
    flow-type tcp4 dst-port 80 action 1 queue 2
                                        ^~~~~
<input>:1:28: note: given here
    flow-type tcp4 dst-port 80 action 1 queue 2
                               ^~~~~~
<input>:2:33: error: 'action' cannot be combined with 'vf': write 'action N' or 'vf V queue Q'
    flow-type tcp4 dst-port 80 vf 1 action 1
                                    ^~~~~~
<input>:2:28: note: given here
    flow-type tcp4 dst-port 80 vf 1 action 1
                               ^~
