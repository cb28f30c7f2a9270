# the show commands are refused by name
== input
ethtool -n eth0
ethtool -u eth0 rule 3
--show-nfc eth0
ethtool --show-ntuple eth0
== error
<input>:1:9: error: '-n' shows rules and cannot be converted: expected -N, -U, --config-nfc or --config-ntuple
    ethtool -n eth0
            ^~
<input>:2:9: error: '-u' shows rules and cannot be converted: expected -N, -U, --config-nfc or --config-ntuple
    ethtool -u eth0 rule 3
            ^~
<input>:3:1: error: '--show-nfc' shows rules and cannot be converted: expected -N, -U, --config-nfc or --config-ntuple
    --show-nfc eth0
    ^~~~~~~~~~
<input>:4:9: error: '--show-ntuple' shows rules and cannot be converted: expected -N, -U, --config-nfc or --config-ntuple
    ethtool --show-ntuple eth0
            ^~~~~~~~~~~~~
