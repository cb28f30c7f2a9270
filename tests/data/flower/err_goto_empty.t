# goto to a chain without filters
== input
protocol ip flower action goto chain 7
== error
<input>:1:38: error: chain 7 has no filters: kefir does not model a goto to an empty chain
    protocol ip flower action goto chain 7
                                         ^
== tc
kernel
