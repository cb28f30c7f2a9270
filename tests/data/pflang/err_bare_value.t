# a bare value needs a primitive before it that gives qualifiers
== input
tcp and 80
== error
<input>:1:9: error: '80' has no qualifiers to repeat: write 'host', 'net' or 'port' before it
    tcp and 80
            ^~
