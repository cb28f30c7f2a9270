# RSS hash configuration is not a rule
== input
ethtool -N eth0 rx-flow-hash tcp4 sdfn
== error
<input>:1:17: error: 'rx-flow-hash' configures RSS hashing, not a rule, and cannot be converted: expected 'flow-type'
    ethtool -N eth0 rx-flow-hash tcp4 sdfn
                    ^~~~~~~~~~~~
