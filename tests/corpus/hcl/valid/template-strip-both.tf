a = "x  ${~ var.y ~}  z"
b = "p %{~ if true ~} q %{~ endif ~} r"
