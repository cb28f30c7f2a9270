# a syntax error is located under the token
== input
{
  "kefir": 1,
  "rules": [
	{"match": [], "action": {"type": 'drop'}}
  ],
  "default": {"action": {"type": "pass"}}
}
== error
<input>:4:35: error: invalid JSON: invalid token near '''
    	{"match": [], "action": {"type": 'drop'}}
    	                                 ^
