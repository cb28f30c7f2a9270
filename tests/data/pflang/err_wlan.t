# other link types are refused by name
== input
wlan ra 00:11:22:33:44:55
== error
<input>:1:6: error: 'ra' is not supported: it tests an 802.11 or radio header, which Ethernet frames do not have
    wlan ra 00:11:22:33:44:55
         ^~
