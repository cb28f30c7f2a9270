# goto chain: loops and empty chains are refused
== input
protocol ip flower action goto chain 1
chain 1 protocol ip flower ip_proto tcp action goto chain 0
== error
<input>:2:59: error: 'goto chain 0' loops back to chain 0, which is being run
    chain 1 protocol ip flower ip_proto tcp action goto chain 0
                                                              ^
== tc
kernel
kernel
