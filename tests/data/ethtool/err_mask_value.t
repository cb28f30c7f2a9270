# masks are read like their field's values
== input
flow-type tcp4 dst-port 80 m 0x10000
flow-type tcp4 src-ip 10.0.0.1 m 255.255.255
flow-type ip6 dst-ip 2001:db8::1 m 64
flow-type ether src 00:11:22:33:44:55 m ff:ff
flow-type udp4 dst-port 53 m 0xfg
== error
<input>:1:30: error: expected a mask from 0 to 0xffff after 'm', got '0x10000'
    flow-type tcp4 dst-port 80 m 0x10000
                                 ^~~~~~~
<input>:2:34: error: expected an IPv4 mask after 'm', got '255.255.255'
    flow-type tcp4 src-ip 10.0.0.1 m 255.255.255
                                     ^~~~~~~~~~~
<input>:3:36: error: expected an IPv6 mask after 'm', got '64'
    flow-type ip6 dst-ip 2001:db8::1 m 64
                                       ^~
<input>:4:41: error: expected a MAC mask (xx:xx:xx:xx:xx:xx) after 'm', got 'ff:ff'
    flow-type ether src 00:11:22:33:44:55 m ff:ff
                                            ^~~~~
<input>:5:30: error: expected a mask (decimal, 0x hex or 0 octal) after 'm', got '0xfg'
    flow-type udp4 dst-port 53 m 0xfg
                                 ^~~~
