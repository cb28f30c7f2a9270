# a '/' or ' ' in an interface name: iptables warns, and no interface has it
== in-interface
eth0
== input
iptables -A INPUT -i eth0/1 -j DROP
== warnings
<input>:1:22: warning: weird character in interface 'eth0/1': the kernel allows no '/' or ' ' in a name (as iptables warns)
    iptables -A INPUT -i eth0/1 -j DROP
                         ^~~~~~
== json
{
  "kefir": 1,
  "syntax": "iptables",
  "source": "<input>",
  "rules": [
    {
      "match": [
        {
          "not": {
            "field": "eth_type",
            "op": "eq",
            "value": "0x0800"
          }
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-8",
      "text": "iptables -A INPUT -i eth0/1 -j DROP",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:1-8"
        },
        false
      ],
      "action": {
        "type": "drop",
        "loc": "1:1-8"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
