== input
(tcp or udp
== error
<input>:1:12: error: expected ')', 'and' or 'or', got end of input
    (tcp or udp
               ^
