ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
environment = "dev"
region      = "us-west-2"
nothing = null
tags = {
  Team = "platform"
  CostCenter = "1234"
}
