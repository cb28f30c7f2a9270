# every bad line is reported; good lines between them are fine
== input
flow-type tcp4 dst-port 80 action 1
flow-type tcp4 dst-port 99999 action 1
# a comment
flow-type udp4 dst-port 53 action 2
flow-type udp4 src-ip 1.2.3 action 2
flow-type tcp4 dst-port 22 action -1
== error
<input>:2:25: error: expected a number from 0 to 65535 after 'dst-port', got '99999'
    flow-type tcp4 dst-port 99999 action 1
                            ^~~~~
<input>:5:23: error: expected an IPv4 address after 'src-ip', got '1.2.3'
    flow-type udp4 src-ip 1.2.3 action 2
                          ^~~~~
