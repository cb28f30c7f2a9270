== input
match {
   tcp pass
}
== error
<input>:2:8: error: expected '=>' and an action, got 'pass'
       tcp pass
           ^~~~
