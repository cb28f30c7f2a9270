# u32 syntax errors and limits
== input
iptables -A INPUT -m u32 --u32 "6 & 0xFF" -j DROP
iptables -A INPUT -m u32 --u32 "0 << 32 = 1" -j DROP
iptables -A INPUT -m u32 --u32 "0 = 1 junk" -j DROP
iptables -A INPUT -m u32 --u32 "0=1,2,3,4,5,6,7,8,9,10,11" -j DROP
iptables -A INPUT -m u32 --u32 "0 = 0x100000000" -j DROP
== error
<input>:1:32: error: invalid u32 test '"6 & 0xFF"': expected LOCATION = VALUE[:VALUE][,...] [&& ...], numbers below 2^32, shifts below 32, at most 10 of each
    iptables -A INPUT -m u32 --u32 "6 & 0xFF" -j DROP
                                   ^~~~~~~~~~
<input>:2:32: error: invalid u32 test '"0 << 32 = 1"': expected LOCATION = VALUE[:VALUE][,...] [&& ...], numbers below 2^32, shifts below 32, at most 10 of each
    iptables -A INPUT -m u32 --u32 "0 << 32 = 1" -j DROP
                                   ^~~~~~~~~~~~~
<input>:3:32: error: invalid u32 test '"0 = 1 junk"': expected LOCATION = VALUE[:VALUE][,...] [&& ...], numbers below 2^32, shifts below 32, at most 10 of each
    iptables -A INPUT -m u32 --u32 "0 = 1 junk" -j DROP
                                   ^~~~~~~~~~~~
<input>:4:32: error: invalid u32 test '"0=1,2,3,4,5,6,7,8,9,10,11"': expected LOCATION = VALUE[:VALUE][,...] [&& ...], numbers below 2^32, shifts below 32, at most 10 of each
    iptables -A INPUT -m u32 --u32 "0=1,2,3,4,5,6,7,8,9,10,11" -j DROP
                                   ^~~~~~~~~~~~~~~~~~~~~~~~~~~
<input>:5:32: error: invalid u32 test '"0 = 0x100000000"': expected LOCATION = VALUE[:VALUE][,...] [&& ...], numbers below 2^32, shifts below 32, at most 10 of each
    iptables -A INPUT -m u32 --u32 "0 = 0x100000000" -j DROP
                                   ^~~~~~~~~~~~~~~~~
