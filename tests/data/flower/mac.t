# dst_mac/src_mac: exact, prefix length and bitwise masks; a zero mask tests nothing
== input
flower dst_mac 00:11:22:33:44:55 src_mac 66:77:88:99:aa:bb/24
flower dst_mac 01:00:00:00:00:00/01:00:00:00:00:00
flower dst_mac 0:1:2:3:4:5/0
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "3:1-6",
      "text": "flower dst_mac 0:1:2:3:4:5/0",
      "match": [],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "2:1-6",
      "text": "flower dst_mac 01:00:00:00:00:00/01:00:00:00:00:00",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "01:00:00:00:00:00",
          "mask": "01:00:00:00:00:00",
          "loc": "2:16-50"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-6",
      "text": "flower dst_mac 00:11:22:33:44:55 src_mac 66:77:88:99:aa:bb/24",
      "match": [
        {
          "field": "eth_dst",
          "op": "eq",
          "value": "00:11:22:33:44:55",
          "loc": "1:16-32"
        },
        {
          "field": "eth_src",
          "op": "eq",
          "value": "66:77:88:00:00:00",
          "mask": "ff:ff:ff:00:00:00",
          "loc": "1:42-61"
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
