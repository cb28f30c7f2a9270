# the option needs a device name before flow-type
== input
ethtool -N flow-type tcp4 dst-port 80
-U
== error
<input>:1:12: error: expected a device name after '-N', got 'flow-type'
    ethtool -N flow-type tcp4 dst-port 80
               ^~~~~~~~~
<input>:2:3: error: expected a device name after '-U', got end of line
    -U
      ^
