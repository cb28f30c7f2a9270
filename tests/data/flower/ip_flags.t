# ip_flags: frag, nofrag, firstfrag, nofirstfrag joined by '/'
== input
protocol ip flower ip_flags frag
protocol ip flower ip_flags nofrag
protocol ip flower ip_flags frag/firstfrag
protocol ip flower ip_flags nofirstfrag
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "4:1-8",
      "text": "protocol ip flower ip_flags nofirstfrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:10-11"
        },
        {
          "not": {
            "all": [
              {
                "field": "ip4_mf",
                "op": "eq",
                "value": 1,
                "loc": "4:29-39"
              },
              {
                "field": "ip4_fragoff",
                "op": "eq",
                "value": 0,
                "loc": "4:29-39"
              }
            ],
            "loc": "4:29-39"
          },
          "loc": "4:29-39"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "3:1-8",
      "text": "protocol ip flower ip_flags frag/firstfrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:10-11"
        },
        {
          "any": [
            {
              "field": "ip4_mf",
              "op": "eq",
              "value": 1,
              "loc": "3:29-42"
            },
            {
              "field": "ip4_fragoff",
              "op": "range",
              "min": 1,
              "max": 8191,
              "loc": "3:29-42"
            }
          ],
          "loc": "3:29-42"
        },
        {
          "all": [
            {
              "field": "ip4_mf",
              "op": "eq",
              "value": 1,
              "loc": "3:29-42"
            },
            {
              "field": "ip4_fragoff",
              "op": "eq",
              "value": 0,
              "loc": "3:29-42"
            }
          ],
          "loc": "3:29-42"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "2:1-8",
      "text": "protocol ip flower ip_flags nofrag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:10-11"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "2:29-34"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "2:29-34"
        }
      ],
      "action": {
        "type": "pass"
      }
    },
    {
      "loc": "1:1-8",
      "text": "protocol ip flower ip_flags frag",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:10-11"
        },
        {
          "any": [
            {
              "field": "ip4_mf",
              "op": "eq",
              "value": 1,
              "loc": "1:29-32"
            },
            {
              "field": "ip4_fragoff",
              "op": "range",
              "min": 1,
              "max": 8191,
              "loc": "1:29-32"
            }
          ],
          "loc": "1:29-32"
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
