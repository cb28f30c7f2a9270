# IPv4 addresses as inet_pton reads them: no prefix length, no short form, no leading zero
== input
flow-type tcp4 src-ip 10.0.0.0/8
flow-type tcp4 src-ip 10.1
flow-type tcp4 dst-ip 010.1.2.3
flow-type tcp4 dst-ip 2001:db8::1
flow-type tcp4 dst-ip 192.168.1.256
== error
<input>:1:23: error: expected an IPv4 address without a prefix length (write 'm' and a mask of the bits to ignore) after 'src-ip', got '10.0.0.0/8'
    flow-type tcp4 src-ip 10.0.0.0/8
                          ^~~~~~~~~~
<input>:2:23: error: expected an IPv4 address after 'src-ip', got '10.1'
    flow-type tcp4 src-ip 10.1
                          ^~~~
<input>:3:23: error: expected an IPv4 address after 'dst-ip', got '010.1.2.3'
    flow-type tcp4 dst-ip 010.1.2.3
                          ^~~~~~~~~
<input>:4:23: error: expected an IPv4 address after 'dst-ip', got '2001:db8::1'
    flow-type tcp4 dst-ip 2001:db8::1
                          ^~~~~~~~~~~
<input>:5:23: error: expected an IPv4 address after 'dst-ip', got '192.168.1.256'
    flow-type tcp4 dst-ip 192.168.1.256
                          ^~~~~~~~~~~~~
