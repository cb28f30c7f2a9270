# primitives must be joined by 'and' or 'or'
== input
tcp udp
== error
<input>:1:5: error: expected 'and', 'or' or the end of the filter, got 'udp'
    tcp udp
        ^~~
