# values are range-checked by field width
== input
flow-type tcp4 dst-port 65536
flow-type tcp4 tos 256
flow-type ip6 tclass 0x100
flow-type ip4 l4proto 0400
flow-type esp4 spi 0x100000000
flow-type ether proto 0x10000
flow-type ether vlan 65536
flow-type ether vlan-etype 0x18100
flow-type ip4 l4data 4294967296
== error
<input>:1:25: error: expected a number from 0 to 65535 after 'dst-port', got '65536'
    flow-type tcp4 dst-port 65536
                            ^~~~~
<input>:2:20: error: expected a number from 0 to 255 after 'tos', got '256'
    flow-type tcp4 tos 256
                       ^~~
<input>:3:22: error: expected a number from 0 to 255 after 'tclass', got '0x100'
    flow-type ip6 tclass 0x100
                         ^~~~~
<input>:4:23: error: expected a number from 0 to 255 after 'l4proto', got '0400'
    flow-type ip4 l4proto 0400
                          ^~~~
<input>:5:20: error: expected a number from 0 to 4294967295 after 'spi', got '0x100000000'
    flow-type esp4 spi 0x100000000
                       ^~~~~~~~~~~
<input>:6:23: error: expected a number from 0 to 65535 after 'proto', got '0x10000'
    flow-type ether proto 0x10000
                          ^~~~~~~
<input>:7:22: error: expected a number from 0 to 65535 after 'vlan', got '65536'
    flow-type ether vlan 65536
                         ^~~~~
<input>:8:28: error: expected a number from 0 to 65535 after 'vlan-etype', got '0x18100'
    flow-type ether vlan-etype 0x18100
                               ^~~~~~~
<input>:9:22: error: expected a number from 0 to 4294967295 after 'l4data', got '4294967296'
    flow-type ip4 l4data 4294967296
                         ^~~~~~~~~~
