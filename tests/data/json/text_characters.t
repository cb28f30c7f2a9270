# texts and names may hold quotes, backslashes, tabs, control characters and any Unicode
== input
{
  "kefir": 1, "syntax": "iptables", "source": "r\u00e8gles \"v4\".txt",
  "rules": [
    {"loc": "3:1", "text": "-A INPUT -m comment --comment \"caf\u00e9 \\ \t\u0001\" -j DROP", "match": [], "action": {"type": "drop"}},
    {"match": [], "action": {"type": "handler", "name": "\u65e5\u672c"}}
  ],
  "default": {"action": {"type": "pass"}, "text": ""}
}
== json
{
  "kefir": 1,
  "syntax": "iptables",
  "source": "règles \"v4\".txt",
  "rules": [
    {
      "loc": "3:1",
      "text": "-A INPUT -m comment --comment \"café \\ \t\u0001\" -j DROP",
      "match": [],
      "action": {
        "type": "drop"
      }
    },
    {
      "match": [],
      "action": {
        "type": "handler",
        "name": "日本"
      }
    }
  ],
  "default": {
    "action": {
      "type": "pass"
    },
    "text": ""
  }
}
