# vf, queue, context and loc ranges
== input
flow-type tcp4 dst-port 80 vf 255 queue 1
flow-type tcp4 dst-port 80 queue 4294967296
flow-type tcp4 dst-port 80 context 4294967295
flow-type tcp4 dst-port 80 loc 2147483648
flow-type tcp4 dst-port 80 loc first
== error
<input>:1:31: error: expected a VF number from 0 to 254 after 'vf', got '255'
    flow-type tcp4 dst-port 80 vf 255 queue 1
                                  ^~~
<input>:2:34: error: expected a queue number from 0 to 4294967295 after 'queue', got '4294967296'
    flow-type tcp4 dst-port 80 queue 4294967296
                                     ^~~~~~~~~~
<input>:3:36: error: expected an RSS context from 0 to 4294967294 after 'context', got '4294967295'
    flow-type tcp4 dst-port 80 context 4294967295
                                       ^~~~~~~~~~
<input>:4:32: error: expected a rule location from 0 to 2147483647 after 'loc', got '2147483648'
    flow-type tcp4 dst-port 80 loc 2147483648
                                   ^~~~~~~~~~
<input>:5:32: error: expected a rule location (decimal, 0x hex or 0 octal) after 'loc', got 'first'
    flow-type tcp4 dst-port 80 loc first
                                   ^~~~~
