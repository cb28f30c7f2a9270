# after 'ethtool', only the rule-adding options
== input
ethtool -K eth0 ntuple on
ethtool
== error
<input>:1:9: error: expected '-N', '-U', '--config-nfc' or '--config-ntuple', got '-K'
    ethtool -K eth0 ntuple on
            ^~
<input>:2:8: error: expected '-N', '-U', '--config-nfc' or '--config-ntuple', got end of line
    ethtool
           ^
