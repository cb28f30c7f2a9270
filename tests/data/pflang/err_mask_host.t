# a mask needs 'net'
== input
host 10.0.0.0/8
== error
<input>:1:6: error: mask syntax for networks only: write 'net 10.0.0.0'
    host 10.0.0.0/8
         ^~~~~~~~
