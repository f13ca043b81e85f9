enabled = false
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
environment = "dev"
nothing = null
ratio = 7.46
empty_list = []
instance_count = 6
