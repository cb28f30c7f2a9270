# goto chain N expands chain N's filters under the jumping filter's match, then pass;
# chain 5, which no goto reaches, gives no rule (and a warning)
== input
tc filter add dev eth0 ingress chain 1 pref 2 protocol ip flower ip_proto udp action drop
tc filter add dev eth0 ingress pref 1 protocol ip flower src_ip 10.0.0.0/8 action goto chain 1
tc filter add dev eth0 ingress chain 1 pref 1 protocol ip flower ip_proto tcp dst_port 22 action pass
tc filter add dev eth0 ingress pref 2 protocol ip flower action drop
tc filter add dev eth0 ingress chain 5 protocol ip flower action drop
== json
{
  "kefir": 1,
  "syntax": "flower",
  "source": "<input>",
  "rules": [
    {
      "loc": "3:1-2",
      "text": "tc filter add dev eth0 ingress chain 1 pref 1 protocol ip flower ip_proto tcp dst_port 22 action pass",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:48-49"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "2:65-74"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "3:56-57"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 6,
          "loc": "3:75-77"
        },
        {
          "field": "ip4_mf",
          "op": "eq",
          "value": 0,
          "loc": "3:88-89"
        },
        {
          "field": "ip4_fragoff",
          "op": "eq",
          "value": 0,
          "loc": "3:88-89"
        },
        {
          "field": "l4_dport",
          "op": "eq",
          "value": 22,
          "l4": "ip4",
          "loc": "3:88-89"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "3:98-101"
      }
    },
    {
      "loc": "1:1-2",
      "text": "tc filter add dev eth0 ingress chain 1 pref 2 protocol ip flower ip_proto udp action drop",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:48-49"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "2:65-74"
        },
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "1:56-57"
        },
        {
          "field": "ip4_proto",
          "op": "eq",
          "value": 17,
          "loc": "1:75-77"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "1:86-89"
      }
    },
    {
      "loc": "2:1-2",
      "text": "tc filter add dev eth0 ingress pref 1 protocol ip flower src_ip 10.0.0.0/8 action goto chain 1",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "2:48-49"
        },
        {
          "field": "ip4_src",
          "op": "eq",
          "value": "10.0.0.0",
          "mask": "255.0.0.0",
          "loc": "2:65-74"
        }
      ],
      "action": {
        "type": "pass",
        "loc": "2:94"
      }
    },
    {
      "loc": "4:1-2",
      "text": "tc filter add dev eth0 ingress pref 2 protocol ip flower action drop",
      "match": [
        {
          "field": "eth_type",
          "op": "eq",
          "value": "0x0800",
          "loc": "4:48-49"
        }
      ],
      "action": {
        "type": "drop",
        "loc": "4:65-68"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    }
  }
}
