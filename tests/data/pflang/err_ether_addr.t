# a MAC address needs 'ether'
== input
src 00:11:22:33:44:55
== error
<input>:1:5: error: ethernet address used in non-ether expression: write 'ether host 00:11:22:33:44:55'
    src 00:11:22:33:44:55
        ^~~~~~~~~~~~~~~~~
