enabled = false
ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
instance_count = 9
empty_list = []
azs = ["a", "b", "c"]
tags = {
  Team = "platform"
  CostCenter = "1234"
}
ratio = 1.20
region      = "us-west-2"
nothing = null
