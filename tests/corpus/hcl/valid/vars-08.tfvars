ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
azs = ["a", "b", "c"]
ratio = 8.74
tags = {
  Team = "platform"
  CostCenter = "1234"
}
environment = "qa"
enabled = true
nothing = null
instance_count = 9
