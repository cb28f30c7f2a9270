# ARP keys: the dissector fills them for Ethernet/IPv4 ARP request/reply only, else they read 0
== input
protocol arp flower arp_op request arp_sip 10.0.0.1 arp_tha 00:11:22:33:44:55/24
protocol rarp flower arp_tip 0.0.0.0/0
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "2:1-8",
      "text": "protocol rarp flower arp_tip 0.0.0.0/0",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x8035",
          "loc": "2:10-13"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-8",
      "text": "protocol arp flower arp_op request arp_sip 10.0.0.1 arp_tha 00:11:22:33:44:55/24",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0806",
          "loc": "1:10-12"
        },
        {
          "field": "arp_htype",
          "op": "eq",
          "value": 1,
          "loc": "1:28-34"
        },
        {
          "field": "arp_ptype",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:28-34"
        },
        {
          "field": "arp_hlen",
          "op": "eq",
          "value": 6,
          "loc": "1:28-34"
        },
        {
          "field": "arp_plen",
          "op": "eq",
          "value": 4,
          "loc": "1:28-34"
        },
        {
          "field": "arp_op",
          "op": "range",
          "min": 1,
          "max": 2,
          "loc": "1:28-34"
        },
        {
          "field": "arp_op",
          "op": "eq",
          "value": 1,
          "mask": 255,
          "loc": "1:28-34"
        },
        {
          "field": "arp_spa",
          "op": "eq",
          "value": "10.0.0.1",
          "loc": "1:44-51"
        },
        {
          "field": "arp_tha",
          "op": "eq",
          "value": "00:11:22:00:00:00",
          "mask": "ff:ff:ff:00:00:00",
          "loc": "1:61-80"
        }
      ],
      "action": {
        "type": "pass"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
