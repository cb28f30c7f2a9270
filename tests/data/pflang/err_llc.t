== input
stp
== error
<input>:1:1: error: 'stp' is not supported: protocols over 802.2 LLC/SNAP are not supported by kefir
    stp
    ^~~
