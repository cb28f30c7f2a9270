# commands that edit rules, bad tables, extra words, policies of user chains
== input
iptables -D INPUT 1
iptables -t nosuch -A INPUT -j DROP
iptables -N FOO extra
iptables -P FOO ACCEPT
iptables -I INPUT 5 -j DROP
iptables -X FOO
== error
<input>:1:10: error: command '-D' is not supported: give the final ruleset (-A, -I, -N, -P, -F)
    iptables -D INPUT 1
             ^~
<input>:2:13: error: expected a table (filter, nat, mangle, raw, security), got 'nosuch'
    iptables -t nosuch -A INPUT -j DROP
                ^~~~~~
<input>:3:17: error: expected the end of the line, got 'extra'
    iptables -N FOO extra
                    ^~~~~
<input>:4:17: error: user chain 'FOO' cannot have a policy
    iptables -P FOO ACCEPT
                    ^~~~~~
<input>:5:19: error: rule number '5' is out of range: the chain has fewer rules
    iptables -I INPUT 5 -j DROP
                      ^
<input>:6:10: error: command '-X' is not supported: give the final ruleset (-A, -I, -N, -P, -F)
    iptables -X FOO
             ^~
