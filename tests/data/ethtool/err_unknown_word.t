# an unknown word (ethtool: unrecognized option)
== input
flow-type tcp4 port 80 action 1
flow-type ether type 0x0800
== error
<input>:1:16: error: expected a field of 'tcp4' (src-ip, dst-ip, tos, src-port, dst-port, vlan-etype, vlan, dst-mac) or one of action, vf, queue, context, loc, got 'port'
    flow-type tcp4 port 80 action 1
                   ^~~~
<input>:2:17: error: expected a field of 'ether' (src, dst, proto, vlan-etype, vlan) or one of action, vf, queue, context, loc, got 'type'
    flow-type ether type 0x0800
                    ^~~~
