# metadata primitives are refused by name
== input
inbound
== error
<input>:1:1: error: 'inbound' is not supported: it tests capture metadata (the packet's direction or interface), not packet bytes
    inbound
    ^~~~~~~
