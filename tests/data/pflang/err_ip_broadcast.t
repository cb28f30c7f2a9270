# 'ip broadcast' needs a netmask libpcap gets from the capture
== input
ip broadcast
== error
<input>:1:4: error: 'ip broadcast' is not supported: libpcap needs the capture's netmask for it, and kefir has none
    ip broadcast
       ^~~~~~~~~
