nothing = null
instance_count = 7
enabled = false
empty_list = []
ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
tags = {
  Team = "platform"
  CostCenter = "1234"
}
ratio = 8.69
environment = "qa"
region      = "us-east-1"
