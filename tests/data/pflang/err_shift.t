== input
ip[0] << 32 = 0
== error
<input>:1:7: error: shift by more than 31 bits
    ip[0] << 32 = 0
          ^~
