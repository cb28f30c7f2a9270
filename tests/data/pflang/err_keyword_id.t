# a keyword as a protocol name must be escaped
== input
proto tcp
== error
<input>:1:7: error: expected an address, a number or a name, got keyword 'tcp' (escape it as '\tcp')
    proto tcp
          ^~~
