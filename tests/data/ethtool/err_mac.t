# MAC addresses: six ':'-separated groups of one or two hex digits
== input
flow-type ether dst 00:11:22:33:44
flow-type ether dst 0011.2233.4455
flow-type ether src 00:11:22:33:44:55:66
flow-type ether src 001:11:22:33:44:55
flow-type tcp4 dst-mac 00-11-22-33-44-55
== error
<input>:1:21: error: expected a MAC address (xx:xx:xx:xx:xx:xx) after 'dst', got '00:11:22:33:44'
    flow-type ether dst 00:11:22:33:44
                        ^~~~~~~~~~~~~~
<input>:2:21: error: expected a MAC address (xx:xx:xx:xx:xx:xx) after 'dst', got '0011.2233.4455'
    flow-type ether dst 0011.2233.4455
                        ^~~~~~~~~~~~~~
<input>:3:21: error: expected a MAC address (xx:xx:xx:xx:xx:xx) after 'src', got '00:11:22:33:44:55:66'
    flow-type ether src 00:11:22:33:44:55:66
                        ^~~~~~~~~~~~~~~~~~~~
<input>:4:21: error: expected a MAC address (xx:xx:xx:xx:xx:xx) after 'src', got '001:11:22:33:44:55'
    flow-type ether src 001:11:22:33:44:55
                        ^~~~~~~~~~~~~~~~~~
<input>:5:24: error: expected a MAC address (xx:xx:xx:xx:xx:xx) after 'dst-mac', got '00-11-22-33-44-55'
    flow-type tcp4 dst-mac 00-11-22-33-44-55
                           ^~~~~~~~~~~~~~~~~
