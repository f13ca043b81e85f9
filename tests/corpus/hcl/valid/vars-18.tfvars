enabled = true
region      = "us-west-2"
ratio = 1.77
instance_count = 6
environment = "dev"
empty_list = []
tags = {
  Team = "platform"
  CostCenter = "1234"
}
azs = ["a", "b", "c"]
ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
nothing = null
