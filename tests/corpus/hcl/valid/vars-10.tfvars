region      = "us-east-1"
azs = ["a", "b", "c"]
ratio = 8.93
tags = {
  Team = "platform"
  CostCenter = "1234"
}
ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
enabled = true
environment = "staging"
empty_list = []
nothing = null
instance_count = 4
