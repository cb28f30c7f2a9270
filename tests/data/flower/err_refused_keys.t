# stateful, metadata and not-yet-modelled keys are refused by name with the reason
== input
flower indev eth0
flower ct_state +trk+est
flower enc_key_id 5
flower geneve_opts 0102:80:00880022
flower l2_miss 1
protocol mpls_uc flower mpls_label 5
flower num_of_vlans 1
protocol ppp_ses flower pppoe_sid 5
protocol ip flower ip_proto 32 spi 100
protocol ip flower classid 1:1
flower ip_flags frag
protocol arp flower tcp_flags 2
== error
<input>:1:8: error: 'indev' is not supported: it matches the input device, which is not in the packet
    flower indev eth0
           ^~~~~
<input>:2:8: error: 'ct_state' is not supported: it matches conntrack state, and kefir converts stateless rules only
    flower ct_state +trk+est
           ^~~~~~~~
<input>:3:8: error: 'enc_key_id' is not supported: it matches metadata a tunnel or the stack sets, not packet bytes
    flower enc_key_id 5
           ^~~~~~~~~~
<input>:4:8: error: 'geneve_opts' is not supported: it matches metadata a tunnel or the stack sets, not packet bytes
    flower geneve_opts 0102:80:00880022
           ^~~~~~~~~~~
<input>:5:8: error: 'l2_miss' is not supported: it matches the bridge's FDB miss flag, which is not in the packet
    flower l2_miss 1
           ^~~~~~~
<input>:6:25: error: 'mpls_label' is not supported: kefir's IR has no field for MPLS label stack entries yet
    protocol mpls_uc flower mpls_label 5
                            ^~~~~~~~~~
<input>:7:8: error: 'num_of_vlans' is not supported: kefir's IR has no field for the number of VLAN tags yet
    flower num_of_vlans 1
           ^~~~~~~~~~~~
<input>:8:25: error: 'pppoe_sid' is not supported: kefir's IR has no field for PPPoE headers yet
    protocol ppp_ses flower pppoe_sid 5
                            ^~~~~~~~~
<input>:9:32: error: 'spi' is not supported: kefir's IR has no field for the IPsec SPI as flower finds it (ESP, AH and ESP-in-UDP) yet
    protocol ip flower ip_proto 32 spi 100
                                   ^~~
<input>:10:20: error: 'classid' is not supported: it selects a qdisc class, which kefir's IR cannot express
    protocol ip flower classid 1:1
                       ^~~~~~~
<input>:11:8: error: 'ip_flags' is not supported: kefir supports it with protocol ip or ipv6 only: on other packets flower reads the flags as 0
    flower ip_flags frag
           ^~~~~~~~
<input>:12:21: error: 'tcp_flags' is not supported: kefir supports it with protocol ip or ipv6 only: on other packets flower reads TCP flags as 0 after finding TCP in them
    protocol arp flower tcp_flags 2
                        ^~~~~~~~~
== tc
kernel
kernel
kernel
kernel
parser
kernel
kernel
kernel
parser  (iproute2 6.1 has no spi key)
kernel
kernel  (flower reads the flags as 0 on non-IP packets: not modelled)
kernel  (same, for TCP flags)
