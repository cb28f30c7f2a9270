# host names are never resolved
== input
host example.com
== error
<input>:1:6: error: 'example.com' is not an address: kefir resolves no host, network or ethers names (write the address)
    host example.com
         ^~~~~~~~~~~
