a = "p${var.c ? "x" : ""}"
b = "${var.c ? "x" : "y"}"
