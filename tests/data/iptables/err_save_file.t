# save files: a rule outside a table, a bad table, a missing COMMIT
== input
-A INPUT -j DROP
*nosuch
*filter
:INPUT ACCEPT junk
-A INPUT -j DROP
== error
<input>:1:1: error: '-A' is outside a table: start one with '*filter'
    -A INPUT -j DROP
    ^~
<input>:2:1: error: expected a table (*filter, *nat, *mangle, *raw, *security), got '*nosuch'
    *nosuch
    ^~~~~~~
<input>:4:15: error: expected counters [PACKETS:BYTES] or the end of the line, got 'junk'
    :INPUT ACCEPT junk
                  ^~~~
