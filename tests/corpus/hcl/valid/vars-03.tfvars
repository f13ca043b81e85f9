ratio = 5.97
empty_list = []
instance_count = 9
nothing = null
environment = "staging"
tags = {
  Team = "platform"
  CostCenter = "1234"
}
enabled = true
azs = ["a", "b", "c"]
ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
