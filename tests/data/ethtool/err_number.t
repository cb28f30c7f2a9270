# numbers are strtoull base 0: no '080', no sign, no suffix
== input
flow-type tcp4 dst-port 080
flow-type tcp4 dst-port -1
flow-type tcp4 dst-port 80x
flow-type tcp4 dst-port 0x
flow-type ip4 tos +1
== error
<input>:1:25: error: expected a number (a leading 0 means octal: digits 0 to 7) after 'dst-port', got '080'
    flow-type tcp4 dst-port 080
                            ^~~
<input>:2:25: error: expected a number (decimal, 0x hex or 0 octal) after 'dst-port', got '-1'
    flow-type tcp4 dst-port -1
                            ^~
<input>:3:25: error: expected a number (decimal, 0x hex or 0 octal) after 'dst-port', got '80x'
    flow-type tcp4 dst-port 80x
                            ^~~
<input>:4:25: error: expected a number (decimal, 0x hex or 0 octal) after 'dst-port', got '0x'
    flow-type tcp4 dst-port 0x
                            ^~
<input>:5:19: error: expected a number (decimal, 0x hex or 0 octal) after 'tos', got '+1'
    flow-type ip4 tos +1
                      ^~
