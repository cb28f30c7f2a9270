# host bits under the mask are an error
== input
net 10.1.2.3/8
== error
<input>:1:5: error: non-network bits set in "10.1.2.3/8"
    net 10.1.2.3/8
        ^~~~~~~~
