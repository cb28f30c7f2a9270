# net with a non-contiguous mask, IPv4 only after 'ip'
== input
ip dst net 10.0.0.0 mask 255.0.255.0
== json
{
  "kefir": 1,
  "syntax": "pflang",
  "source": "<input>",
  "rules": [
    {
      "loc": "1:1-2",
      "text": "ip dst net 10.0.0.0 mask 255.0.255.0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:12-19"
        },
        {
          "field": "ip4_dst",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.255.0",
          "loc": "1:12-19"
        }
      ],
      "action": {
        "type": "pass"
      }
    }
  ],
  "default": {
    "action": {
      "type": "drop"
    }
  }
}
