# unknown chains and targets, jumps to built-in chains, chain names
== input
*filter
:INPUT ACCEPT [0:0]
:ACCEPT - [0:0]
:X - [0:0]
:X - [0:0]
-A NOPE -j DROP
:FORWARD - [0:0]
:X DROP [0:0]
:INPUT BLOCK [0:0]
COMMIT
== error
<input>:3:2: error: invalid chain name 'ACCEPT': at most 28 characters, not an option or a target name
    :ACCEPT - [0:0]
     ^~~~~~
<input>:5:2: error: chain 'X' already exists
    :X - [0:0]
     ^
<input>:6:4: error: no chain 'NOPE' in table 'filter': create it first with ':NOPE -' or '-N NOPE'
    -A NOPE -j DROP
       ^~~~
<input>:7:2: error: chain 'FORWARD' already exists
    :FORWARD - [0:0]
     ^~~~~~~
<input>:8:4: error: user chain 'X' cannot have a policy
    :X DROP [0:0]
       ^~~~
<input>:9:8: error: expected a policy ACCEPT or DROP, got 'BLOCK'
    :INPUT BLOCK [0:0]
           ^~~~~
