# user-def is driver-defined and refused by name
== input
flow-type tcp4 dst-port 80 user-def 0x1234 action 1
== error
<input>:1:28: error: 'user-def' matches driver-defined bytes and cannot be converted
    flow-type tcp4 dst-port 80 user-def 0x1234 action 1
                               ^~~~~~~~
