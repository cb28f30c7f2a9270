# a mask must follow the value it masks
== input
flow-type tcp4 m 0xff dst-port 80
flow-type tcp4 src-ip 10.0.0.1 dst-ip-mask 0.0.0.255
flow-type tcp4 dst-port 80 action 1 dst-port-mask 0xff
== error
<input>:1:16: error: 'm' must come right after the value it masks
    flow-type tcp4 m 0xff dst-port 80
                   ^
<input>:2:32: error: 'dst-ip-mask' must come right after the value it masks
    flow-type tcp4 src-ip 10.0.0.1 dst-ip-mask 0.0.0.255
                                   ^~~~~~~~~~~
<input>:3:37: error: 'dst-port-mask' must come right after the value it masks
    flow-type tcp4 dst-port 80 action 1 dst-port-mask 0xff
                                        ^~~~~~~~~~~~~
