== input
port nosuchservice
== error
<input>:1:6: error: unknown port 'nosuchservice' (not in /etc/services)
    port nosuchservice
         ^~~~~~~~~~~~~
