== input
vpi 1
== error
<input>:1:1: error: 'vpi' is not supported: it tests a SunATM header, which Ethernet frames do not have
    vpi 1
    ^~~
