== input
ip6 protochain 6
== error
<input>:1:5: error: 'protochain' is not supported: it walks a chain of headers with a backward loop, which the IR cannot express
    ip6 protochain 6
        ^~~~~~~~~~
