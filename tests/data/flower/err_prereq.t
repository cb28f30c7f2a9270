# prerequisites tc enforces at parse time
== input
protocol ip flower dst_port 80
flower ip_proto tcp
protocol arp flower src_ip 10.0.0.1
protocol ip flower ip_proto tcp type 8
protocol ip flower vlan_id 5
protocol 802.1Q flower cvlan_id 5
protocol ip flower arp_op request
protocol ipv6 flower ip_proto icmp
protocol ip flower ip_proto icmpv6
flower vlan_ethtype ip
== error
<input>:1:20: error: 'dst_port' needs ip_proto tcp, udp or sctp
    protocol ip flower dst_port 80
                       ^~~~~~~~
<input>:2:8: error: 'ip_proto' needs protocol ip or ipv6
    flower ip_proto tcp
           ^~~~~~~~
<input>:3:21: error: 'src_ip' needs protocol ip or ipv6
    protocol arp flower src_ip 10.0.0.1
                        ^~~~~~
<input>:4:33: error: 'type' needs protocol ip and ip_proto icmp, or protocol ipv6 and ip_proto icmpv6
    protocol ip flower ip_proto tcp type 8
                                    ^~~~
<input>:5:20: error: 'vlan_id' needs protocol 802.1Q or 802.1ad
    protocol ip flower vlan_id 5
                       ^~~~~~~
<input>:6:24: error: 'cvlan_id' needs vlan_ethtype 802.1Q or 802.1ad
    protocol 802.1Q flower cvlan_id 5
                           ^~~~~~~~
<input>:7:20: error: 'arp_op' needs protocol arp or rarp
    protocol ip flower arp_op request
                       ^~~~~~
<input>:8:22: error: 'ip_proto' needs protocol ip for 'icmp'
    protocol ipv6 flower ip_proto icmp
                         ^~~~~~~~
<input>:9:20: error: 'ip_proto' needs protocol ipv6 for 'icmpv6'
    protocol ip flower ip_proto icmpv6
                       ^~~~~~~~
<input>:10:8: error: 'vlan_ethtype' needs protocol 802.1Q or 802.1ad
    flower vlan_ethtype ip
           ^~~~~~~~~~~~
