# mpls has no IR form yet
== input
mpls 100
== error
<input>:1:1: error: 'mpls' is not supported: its offset rules (a label stack, a PPP header, a variable-length tunnel header) have no IR form in kefir yet
    mpls 100
    ^~~~
