== input
match {
   tcp => 80
}
== error
<input>:2:11: error: expected 'pass', 'drop', a handler name or '{', got '80'
       tcp => 80
              ^~
