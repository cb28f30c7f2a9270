# -j names a target or a user chain of the same table
== input
*filter
:INPUT ACCEPT [0:0]
-A INPUT -j MISSING
-A INPUT -j OUTPUT
-A INPUT -g FORWARD
COMMIT
== error
<input>:3:13: error: unknown target or chain 'MISSING'
    -A INPUT -j MISSING
                ^~~~~~~
<input>:4:13: error: cannot jump to built-in chain 'OUTPUT'
    -A INPUT -j OUTPUT
                ^~~~~~
<input>:5:13: error: cannot jump to built-in chain 'FORWARD'
    -A INPUT -g FORWARD
                ^~~~~~~
