# number bases as iproute2 reads them: ports and ICMP decimal, ip_proto and tcp_flags hex, ranges MIN < MAX
== input
protocol ip flower ip_proto tcp dst_port 0x50
protocol ip flower ip_proto tcp dst_port 80-80
protocol ip flower ip_proto tcp dst_port 0-100
protocol ip flower ip_proto tcp dst_port 443-80
protocol ip flower ip_proto tcp dst_port 65536
protocol ip flower ip_proto 100
protocol ip flower ip_proto tcp tcp_flags 0x1000
protocol ip flower ip_proto icmp type 8 code 0x1
protocol ip flower ip_tos 256
protocol ip flower ip_ttl 64/100
protocol 802.1Q flower vlan_id 4096
protocol 802.1Q flower vlan_prio 8
protocol arp flower arp_op query
protocol ip flower ip_proto tcp dst_port 0
protocol ip flower ip_proto esp
== error
<input>:1:42: error: expected a decimal port 1-65535, MIN-MAX or PORT/MASK after 'dst_port', got '0x50'
    protocol ip flower ip_proto tcp dst_port 0x50
                                             ^~~~
<input>:2:42: error: expected a port range MIN-MAX with 0 < MIN < MAX after 'dst_port', got '80-80'
    protocol ip flower ip_proto tcp dst_port 80-80
                                             ^~~~~
<input>:3:42: error: expected a port range MIN-MAX with 0 < MIN < MAX after 'dst_port', got '0-100'
    protocol ip flower ip_proto tcp dst_port 0-100
                                             ^~~~~
<input>:4:42: error: expected a port range MIN-MAX with 0 < MIN < MAX after 'dst_port', got '443-80'
    protocol ip flower ip_proto tcp dst_port 443-80
                                             ^~~~~~
<input>:5:42: error: expected a decimal port 1-65535, MIN-MAX or PORT/MASK after 'dst_port', got '65536'
    protocol ip flower ip_proto tcp dst_port 65536
                                             ^~~~~
<input>:6:29: error: expected a protocol name or a hex number 0-ff after 'ip_proto', got '100'
    protocol ip flower ip_proto 100
                                ^~~
<input>:7:43: error: expected hex TCP flags up to 0xfff with an optional /HEX-MASK after 'tcp_flags', got '0x1000'
    protocol ip flower ip_proto tcp tcp_flags 0x1000
                                              ^~~~~~
<input>:8:46: error: expected a decimal number 0-255 with an optional /MASK after 'code', got '0x1'
    protocol ip flower ip_proto icmp type 8 code 0x1
                                                 ^~~
<input>:9:27: error: expected a number with an optional /HEX-MASK after 'ip_tos', got '256'
    protocol ip flower ip_tos 256
                              ^~~
<input>:10:27: error: expected a number with an optional /HEX-MASK after 'ip_ttl', got '64/100'
    protocol ip flower ip_ttl 64/100
                              ^~~~~~
<input>:11:32: error: expected a VLAN id 0-4095 after 'vlan_id', got '4096'
    protocol 802.1Q flower vlan_id 4096
                                   ^~~~
<input>:12:34: error: expected a priority 0-7 after 'vlan_prio', got '8'
    protocol 802.1Q flower vlan_prio 8
                                     ^
<input>:13:28: error: expected 'request', 'reply' or a decimal number with an optional /MASK after 'arp_op', got 'query'
    protocol arp flower arp_op query
                               ^~~~~
<input>:14:42: error: expected a decimal port 1-65535, MIN-MAX or PORT/MASK after 'dst_port', got '0'
    protocol ip flower ip_proto tcp dst_port 0
                                             ^
<input>:15:29: error: expected a protocol name or a hex number 0-ff after 'ip_proto', got 'esp'
    protocol ip flower ip_proto esp
                                ^~~
