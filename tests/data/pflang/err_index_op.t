# ah and esp have no accessor
== input
ah[0] = 1
== error
<input>:1:1: error: unsupported index operation: 'ah[]'
    ah[0] = 1
    ^~
