# bytecode errors as libxt_bpf gives them, programs the kernel's checker
# refuses, and loads of metadata kefir does not convert
== input
iptables -A INPUT -m bpf --bytecode "2,6 0 0 1" -j DROP
iptables -A INPUT -m bpf --bytecode "1,6 0 0 1,6 0 0 0" -j DROP
iptables -A INPUT -m bpf --bytecode "0,6 0 0 1" -j DROP
iptables -A INPUT -m bpf --bytecode "1,0x6 0 0 1" -j DROP
iptables -A INPUT -m bpf --bytecode 65,6 -j DROP
iptables -A INPUT -m bpf --bytecode "2,21 0 5 6,6 0 0 0" -j DROP
iptables -A INPUT -m bpf --bytecode "1,7 0 0 0" -j DROP
iptables -A INPUT -m bpf --bytecode "2,96 0 0 3,22 0 0 0" -j DROP
iptables -A INPUT -m bpf --bytecode "2,52 0 0 0,22 0 0 0" -j DROP
iptables -A INPUT -m bpf --bytecode "2,100 0 0 32,22 0 0 0" -j DROP
iptables -A INPUT -m bpf --bytecode "2,255 0 0 0,22 0 0 0" -j DROP
iptables -A INPUT -m bpf --bytecode "2,48 0 0 4294963204,22 0 0 0" -j DROP
iptables -A INPUT -m bpf --bytecode "2,48 0 0 4294963202,22 0 0 0" -j DROP
iptables -A INPUT -m bpf ! --bytecode "1,6 0 0 1" -j DROP
iptables -A INPUT -m bpf --object-pinned /sys/fs/bpf/prog -j DROP
== error
<input>:1:38: error: bpf: fewer instructions than the program's length says
    iptables -A INPUT -m bpf --bytecode "2,6 0 0 1" -j DROP
                                         ^~~~~~~~~
<input>:2:48: error: bpf: more instructions than the program's length says
    iptables -A INPUT -m bpf --bytecode "1,6 0 0 1,6 0 0 0" -j DROP
                                                   ^~~~~~~
<input>:3:38: error: bpf: a program has 1 to 64 instructions, as xt_bpf takes
    iptables -A INPUT -m bpf --bytecode "0,6 0 0 1" -j DROP
                                         ^~~~~~~~~
<input>:4:40: error: bpf: expected an instruction CODE JT JF K (decimal numbers)
    iptables -A INPUT -m bpf --bytecode "1,0x6 0 0 1" -j DROP
                                           ^~~~~~~~~
<input>:5:37: error: bpf: a program has 1 to 64 instructions, as xt_bpf takes
    iptables -A INPUT -m bpf --bytecode 65,6 -j DROP
                                        ^~~~
<input>:6:40: error: bpf: the kernel refuses instruction 0: jump past the last instruction
    iptables -A INPUT -m bpf --bytecode "2,21 0 5 6,6 0 0 0" -j DROP
                                           ^~~~~~~~
<input>:7:40: error: bpf: the kernel refuses instruction 0: the last instruction is not a return
    iptables -A INPUT -m bpf --bytecode "1,7 0 0 0" -j DROP
                                           ^~~~~~~
<input>:8:40: error: bpf: the kernel refuses instruction 0: scratch word loaded before it is stored
    iptables -A INPUT -m bpf --bytecode "2,96 0 0 3,22 0 0 0" -j DROP
                                           ^~~~~~~~
<input>:9:40: error: bpf: the kernel refuses instruction 0: division by the constant 0
    iptables -A INPUT -m bpf --bytecode "2,52 0 0 0,22 0 0 0" -j DROP
                                           ^~~~~~~~
<input>:10:40: error: bpf: the kernel refuses instruction 0: shift by 32 or more
    iptables -A INPUT -m bpf --bytecode "2,100 0 0 32,22 0 0 0" -j DROP
                                           ^~~~~~~~~~
<input>:11:40: error: bpf: the kernel refuses instruction 0: unknown instruction code
    iptables -A INPUT -m bpf --bytecode "2,255 0 0 0,22 0 0 0" -j DROP
                                           ^~~~~~~~~
<input>:12:40: error: bpf: instruction 0 loads SKF_AD_PKTTYPE, packet metadata the converted program does not see
    iptables -A INPUT -m bpf --bytecode "2,48 0 0 4294963204,22 0 0 0" -j DROP
                                           ^~~~~~~~~~~~~~~~~
<input>:13:40: error: bpf: the kernel refuses instruction 0: unknown ancillary load
    iptables -A INPUT -m bpf --bytecode "2,48 0 0 4294963202,22 0 0 0" -j DROP
                                           ^~~~~~~~~~~~~~~~~
<input>:14:26: error: '!' cannot negate the option that follows it
    iptables -A INPUT -m bpf ! --bytecode "1,6 0 0 1" -j DROP
                             ^
<input>:15:26: error: '--object-pinned' is not supported: it runs an eBPF program pinned in bpffs, which kefir cannot read (give the classic BPF program with --bytecode)
    iptables -A INPUT -m bpf --object-pinned /sys/fs/bpf/prog -j DROP
                             ^~~~~~~~~~~~~~~
