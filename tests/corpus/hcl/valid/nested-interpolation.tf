a = "${"${"${var.x}"}"}"
b = "${format("%s-%s", "a", "${var.b}")}"
