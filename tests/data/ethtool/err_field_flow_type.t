# a field that is not valid for the flow type
== input
flow-type esp4 src-port 500 action 1
flow-type tcp4 spi 0x1000
flow-type ip6 tos 0x10
flow-type ip4 tclass 0x10
flow-type tcp4 l4proto 6
flow-type udp6 l4data 1
flow-type ether src-ip 10.0.0.1
flow-type ether dst-mac 00:11:22:33:44:55
flow-type ip4 src 00:11:22:33:44:55
flow-type ah6 dst-port 80
== error
<input>:1:16: error: 'src-port' is not a field of flow type 'esp4' (its fields: src-ip, dst-ip, tos, spi, vlan-etype, vlan, dst-mac)
    flow-type esp4 src-port 500 action 1
                   ^~~~~~~~
<input>:2:16: error: 'spi' is not a field of flow type 'tcp4' (its fields: src-ip, dst-ip, tos, src-port, dst-port, vlan-etype, vlan, dst-mac)
    flow-type tcp4 spi 0x1000
                   ^~~
<input>:3:15: error: 'tos' is not a field of flow type 'ip6' (its fields: src-ip, dst-ip, tclass, l4proto, l4data, spi, src-port, dst-port, vlan-etype, vlan, dst-mac)
    flow-type ip6 tos 0x10
                  ^~~
<input>:4:15: error: 'tclass' is not a field of flow type 'ip4' (its fields: src-ip, dst-ip, tos, l4proto, l4data, spi, src-port, dst-port, vlan-etype, vlan, dst-mac)
    flow-type ip4 tclass 0x10
                  ^~~~~~
<input>:5:16: error: 'l4proto' is not a field of flow type 'tcp4' (its fields: src-ip, dst-ip, tos, src-port, dst-port, vlan-etype, vlan, dst-mac)
    flow-type tcp4 l4proto 6
                   ^~~~~~~
<input>:6:16: error: 'l4data' is not a field of flow type 'udp6' (its fields: src-ip, dst-ip, tclass, src-port, dst-port, vlan-etype, vlan, dst-mac)
    flow-type udp6 l4data 1
                   ^~~~~~
<input>:7:17: error: 'src-ip' is not a field of flow type 'ether' (its fields: src, dst, proto, vlan-etype, vlan)
    flow-type ether src-ip 10.0.0.1
                    ^~~~~~
<input>:8:17: error: 'dst-mac' is not a field of flow type 'ether' (its fields: src, dst, proto, vlan-etype, vlan)
    flow-type ether dst-mac 00:11:22:33:44:55
                    ^~~~~~~
<input>:9:15: error: 'src' is not a field of flow type 'ip4' (its fields: src-ip, dst-ip, tos, l4proto, l4data, spi, src-port, dst-port, vlan-etype, vlan, dst-mac)
    flow-type ip4 src 00:11:22:33:44:55
                  ^~~
<input>:10:15: error: 'dst-port' is not a field of flow type 'ah6' (its fields: src-ip, dst-ip, tclass, spi, vlan-etype, vlan, dst-mac)
    flow-type ah6 dst-port 80
                  ^~~~~~~~
