# numbers are 32 bits
== input
len = 4294967296
== error
<input>:1:7: error: number 4294967296 overflows 32 bits
    len = 4294967296
          ^~~~~~~~~~
