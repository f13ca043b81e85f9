empty_list = []
nothing = null
ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
enabled = true
region      = "ap-southeast-2"
environment = "prod"
azs = ["a", "b", "c"]
ratio = 9.59
tags = {
  Team = "platform"
  CostCenter = "1234"
}
instance_count = 8
