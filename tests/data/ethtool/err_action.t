# action takes a queue number, -1 (drop) or -2 (refused: wake-on-lan)
== input
flow-type tcp4 dst-port 80 action drop
flow-type tcp4 dst-port 80 action -2
flow-type tcp4 dst-port 80 action -3
flow-type tcp4 dst-port 80 action 4294967296
flow-type tcp4 dst-port 80 action -
== error
<input>:1:35: error: expected a queue number or -1 (drop) after 'action', got 'drop'
    flow-type tcp4 dst-port 80 action drop
                                      ^~~~
<input>:2:35: error: 'action -2' (wake-on-lan) cannot be converted: expected a queue number or -1 (drop)
    flow-type tcp4 dst-port 80 action -2
                                      ^~
<input>:3:35: error: expected a queue number from 0 to 4294967295 or -1 (drop) after 'action', got '-3'
    flow-type tcp4 dst-port 80 action -3
                                      ^~
<input>:4:35: error: expected a queue number from 0 to 4294967295 or -1 (drop) after 'action', got '4294967296'
    flow-type tcp4 dst-port 80 action 4294967296
                                      ^~~~~~~~~~
<input>:5:35: error: expected a queue number or -1 (drop) after 'action', got '-'
    flow-type tcp4 dst-port 80 action -
                                      ^
