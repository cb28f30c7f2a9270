# 'ip port' is not a port qualifier
== input
ip port 80
== error
<input>:1:9: error: illegal qualifier of 'port'
    ip port 80
            ^~
