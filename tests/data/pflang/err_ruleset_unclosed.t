== input
match {
   tcp => pass
== error
<input>:2:15: error: expected a clause 'TEST => ACTION' or '}', got end of input
       tcp => pass
                  ^
