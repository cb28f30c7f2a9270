# on ip4/ip6, l4data and spi share the first transport bytes with the ports
== input
flow-type ip4 src-port 80 spi 0x1000
flow-type ip4 l4data 0xdeadbeef dst-port 22
flow-type ip6 spi 0x1000 l4data 0x1000
flow-type ip6 dst-port 53 l4data 1
== error
<input>:1:27: error: 'spi' cannot be combined with 'src-port': both set the first 4 bytes of the transport header
    flow-type ip4 src-port 80 spi 0x1000
                              ^~~
<input>:1:15: note: given here
    flow-type ip4 src-port 80 spi 0x1000
                  ^~~~~~~~
<input>:2:33: error: 'dst-port' cannot be combined with 'l4data': both set the first 4 bytes of the transport header
    flow-type ip4 l4data 0xdeadbeef dst-port 22
                                    ^~~~~~~~
<input>:2:15: note: given here
    flow-type ip4 l4data 0xdeadbeef dst-port 22
                  ^~~~~~
<input>:3:26: error: 'l4data' cannot be combined with 'spi': both set the first 4 bytes of the transport header
    flow-type ip6 spi 0x1000 l4data 0x1000
                             ^~~~~~
<input>:3:15: note: given here
    flow-type ip6 spi 0x1000 l4data 0x1000
                  ^~~
<input>:4:27: error: 'l4data' cannot be combined with 'dst-port': both set the first 4 bytes of the transport header
    flow-type ip6 dst-port 53 l4data 1
                              ^~~~~~
<input>:4:15: note: given here
    flow-type ip6 dst-port 53 l4data 1
                  ^~~~~~~~
