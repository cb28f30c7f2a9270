== input
tcp)
== error
<input>:1:4: error: expected 'and', 'or' or the end of the filter, got ')'
    tcp)
       ^
