# addresses: family from the protocol, contiguous masks only, prefix length in range
== input
protocol ip flower dst_ip 10.0.0.0/255.0.255.0
protocol ip flower dst_ip 2001:db8::1
protocol ipv6 flower src_ip 10.0.0.1
protocol ip flower src_ip 10.0.0.0/33
protocol ip flower src_ip 1.2.3.256
flower dst_mac 00:11:22:33:44
flower src_mac 00:11:22:33:44:55/49
protocol ip flower dst_ip
protocol ipv6 flower dst_ip 2001:db8::/ffff:ffff::
== error
<input>:1:27: error: expected an IPv4 prefix after 'dst_ip', got '10.0.0.0/255.0.255.0'
    protocol ip flower dst_ip 10.0.0.0/255.0.255.0
                              ^~~~~~~~~~~~~~~~~~~~
<input>:2:27: error: expected an IPv4 prefix after 'dst_ip', got '2001:db8::1'
    protocol ip flower dst_ip 2001:db8::1
                              ^~~~~~~~~~~
<input>:3:29: error: expected an IPv6 prefix after 'src_ip', got '10.0.0.1'
    protocol ipv6 flower src_ip 10.0.0.1
                                ^~~~~~~~
<input>:4:27: error: expected an IPv4 prefix after 'src_ip', got '10.0.0.0/33'
    protocol ip flower src_ip 10.0.0.0/33
                              ^~~~~~~~~~~
<input>:5:27: error: expected an IPv4 prefix after 'src_ip', got '1.2.3.256'
    protocol ip flower src_ip 1.2.3.256
                              ^~~~~~~~~
<input>:6:16: error: expected a MAC address with an optional /MASK or /PREFIX-LENGTH after 'dst_mac', got '00:11:22:33:44'
    flower dst_mac 00:11:22:33:44
                   ^~~~~~~~~~~~~~
<input>:7:16: error: expected a MAC address with an optional /MASK or /PREFIX-LENGTH after 'src_mac', got '00:11:22:33:44:55/49'
    flower src_mac 00:11:22:33:44:55/49
                   ^~~~~~~~~~~~~~~~~~~~
<input>:8:26: error: expected an address with an optional /PREFIX-LENGTH or /MASK after 'dst_ip', got end of line
    protocol ip flower dst_ip
                             ^
<input>:9:29: error: expected an IPv6 prefix after 'dst_ip', got '2001:db8::/ffff:ffff::'
    protocol ipv6 flower dst_ip 2001:db8::/ffff:ffff::
                                ^~~~~~~~~~~~~~~~~~~~~~
== tc
parser
parser
parser
parser
parser
kernel  (tc's ll_addr_a2n takes 5 bytes and leaves the sixth unset: kefir refuses)
kernel  (tc reads /49 as a 1-byte MAC mask 0x49: kefir refuses)
parser
parser
