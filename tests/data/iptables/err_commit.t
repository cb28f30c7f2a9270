# every table ends with COMMIT
== input
*filter
:INPUT ACCEPT [0:0]
-A INPUT -j DROP
== error
<input>:1:1: error: table 'filter' has no COMMIT line
    *filter
    ^~~~~~~
