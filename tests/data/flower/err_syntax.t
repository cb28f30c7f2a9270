# syntax errors: unknown words, missing values, bad command heads
== input
protocol ip flower ip_proto
protocol ip flower bogus 1
tc filter del dev eth0 ingress protocol ip flower
tc filter add dev eth0 root protocol ip flower
tc filter add eth0 ingress flower
protocol ip u32 bogus
protocol ip flower action
protocol ip flower action goto 5
== error
<input>:1:28: error: expected a protocol name or hex number after 'ip_proto', got end of line
    protocol ip flower ip_proto
                               ^
<input>:2:20: error: expected a flower key (see docs/flower.md), 'action' or the end of the line, got 'bogus'
    protocol ip flower bogus 1
                       ^~~~~
<input>:3:11: error: expected 'add', 'change' or 'replace' (kefir reads filters to add), got 'del'
    tc filter del dev eth0 ingress protocol ip flower
              ^~~
<input>:4:24: error: expected 'ingress' or 'egress' (the clsact hooks), got 'root'
    tc filter add dev eth0 root protocol ip flower
                           ^~~~
<input>:5:15: error: expected 'dev' after 'add', got 'eth0'
    tc filter add eth0 ingress flower
                  ^~~~
<input>:6:13: error: expected 'flower', 'protocol', 'pref', 'chain' or 'handle', got 'u32'
    protocol ip u32 bogus
                ^~~
<input>:7:26: error: expected an action (drop, pass, continue, pipe, goto chain N, mirred ...) after 'action', got end of line
    protocol ip flower action
                             ^
<input>:8:32: error: expected 'chain' after 'goto', got '5'
    protocol ip flower action goto 5
                                   ^
== tc
parser
parser
kernel  (kefir reads filters to add)
kernel  (kefir reads clsact filters)
parser
parser
parser
parser
