# IPv6 addresses as inet_pton reads them
== input
flow-type tcp6 src-ip 2001:db8::/32
flow-type tcp6 dst-ip 10.0.0.1
flow-type ip6 dst-ip 2001:db8:::1
== error
<input>:1:23: error: expected an IPv6 address without a prefix length (write 'm' and a mask of the bits to ignore) after 'src-ip', got '2001:db8::/32'
    flow-type tcp6 src-ip 2001:db8::/32
                          ^~~~~~~~~~~~~
<input>:2:23: error: expected an IPv6 address after 'dst-ip', got '10.0.0.1'
    flow-type tcp6 dst-ip 10.0.0.1
                          ^~~~~~~~
<input>:3:22: error: expected an IPv6 address after 'dst-ip', got '2001:db8:::1'
    flow-type ip6 dst-ip 2001:db8:::1
                         ^~~~~~~~~~~~
