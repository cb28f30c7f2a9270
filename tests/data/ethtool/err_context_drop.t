# an RSS context with a drop action (the kernel refuses it)
== input
flow-type tcp4 dst-port 80 context 1 action -1
== error
<input>:1:28: error: 'context' cannot be combined with a drop action (action -1): the kernel refuses it
    flow-type tcp4 dst-port 80 context 1 action -1
                               ^~~~~~~
