# a mask word without a mask
== input
flow-type tcp4 src-ip 10.0.0.1 m
flow-type ether dst 00:11:22:33:44:55 dst-mask
== error
<input>:1:33: error: expected an IPv4 mask after 'm', got end of line
    flow-type tcp4 src-ip 10.0.0.1 m
                                    ^
<input>:2:47: error: expected a MAC mask (xx:xx:xx:xx:xx:xx) after 'dst-mask', got end of line
    flow-type ether dst 00:11:22:33:44:55 dst-mask
                                                  ^
