empty_list = []
ratio = 5.49
ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
azs = ["a", "b", "c"]
tags = {
  Team = "platform"
  CostCenter = "1234"
}
enabled = true
environment = "prod"
nothing = null
instance_count = 9
region      = "eu-west-1"
