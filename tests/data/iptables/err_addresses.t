# host names, bad masks and bad parts
== input
iptables -A INPUT -s example.com -j DROP
iptables -A INPUT -s 10.0.0.0/33 -j DROP
iptables -A INPUT -s 10.0.0.256 -j DROP
iptables -A INPUT -s 10.0.0.0/255.0 -j DROP
iptables -A INPUT -d 1.2.3.4.5 -j DROP
iptables -A INPUT -s 10.0.0.1, -j DROP
iptables -A INPUT ! -s 10.0.0.1,10.0.0.2 -j DROP
iptables -A INPUT -s 10.0.0.1,10.0.0.2 ! -d 10.0.0.3 -j DROP
== error
<input>:1:22: error: expected IPv4 addresses with optional /prefix or /mask, got 'example.com' (host names are not resolved)
    iptables -A INPUT -s example.com -j DROP
                         ^~~~~~~~~~~
<input>:2:22: error: expected IPv4 addresses with optional /prefix or /mask, got '10.0.0.0/33' (host names are not resolved)
    iptables -A INPUT -s 10.0.0.0/33 -j DROP
                         ^~~~~~~~~~~
<input>:3:22: error: expected IPv4 addresses with optional /prefix or /mask, got '10.0.0.256' (host names are not resolved)
    iptables -A INPUT -s 10.0.0.256 -j DROP
                         ^~~~~~~~~~
<input>:4:22: error: expected IPv4 addresses with optional /prefix or /mask, got '10.0.0.0/255.0' (host names are not resolved)
    iptables -A INPUT -s 10.0.0.0/255.0 -j DROP
                         ^~~~~~~~~~~~~~
<input>:5:22: error: expected IPv4 addresses with optional /prefix or /mask, got '1.2.3.4.5' (host names are not resolved)
    iptables -A INPUT -d 1.2.3.4.5 -j DROP
                         ^~~~~~~~~
<input>:6:22: error: expected IPv4 addresses with optional /prefix or /mask, got '10.0.0.1,' (host names are not resolved)
    iptables -A INPUT -s 10.0.0.1, -j DROP
                         ^~~~~~~~~
<input>:7:21: error: '!' is not allowed when -s or -d lists several addresses, as in iptables
    iptables -A INPUT ! -s 10.0.0.1,10.0.0.2 -j DROP
                        ^~~~~~~~~~~~~~~~~~~~
<input>:8:42: error: '!' is not allowed when -s or -d lists several addresses, as in iptables
    iptables -A INPUT -s 10.0.0.1,10.0.0.2 ! -d 10.0.0.3 -j DROP
                                             ^~~~~~~~~~~
