a = "${
  var.x
}"
