# deleting a rule is not a rule
== input
ethtool -N eth0 delete 5
== error
<input>:1:17: error: 'delete' removes a rule and cannot be converted: expected 'flow-type'
    ethtool -N eth0 delete 5
                    ^~~~~~
