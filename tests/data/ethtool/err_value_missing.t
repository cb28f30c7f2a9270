# a field without its value
== input
flow-type tcp4 dst-port
flow-type tcp4 src-ip
flow-type udp4 dst-port 53 action
== error
<input>:1:24: error: expected a number (decimal, 0x hex or 0 octal) after 'dst-port', got end of line
    flow-type tcp4 dst-port
                           ^
<input>:2:22: error: expected an IPv4 address after 'src-ip', got end of line
    flow-type tcp4 src-ip
                         ^
<input>:3:34: error: expected a queue number or -1 (drop) after 'action', got end of line
    flow-type udp4 dst-port 53 action
                                     ^
