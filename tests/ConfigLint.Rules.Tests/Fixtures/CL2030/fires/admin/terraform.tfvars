admin_cidrs = ["0.0.0.0/0"]
open_cidr   = "0.0.0.0/0"
