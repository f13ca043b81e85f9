region      = "ap-southeast-2"
environment = "staging"
nothing = null
azs = ["a", "b", "c"]
tags = {
  Team = "platform"
  CostCenter = "1234"
}
ratio = 7.51
ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
empty_list = []
enabled = true
instance_count = 7
