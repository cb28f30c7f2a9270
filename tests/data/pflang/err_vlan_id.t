# VLAN ids are 12 bits
== input
vlan 5000
== error
<input>:1:6: error: VLAN tag 5000 greater than maximum 4095
    vlan 5000
         ^~~~
