ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
azs = ["a", "b", "c"]
region      = "eu-west-1"
nothing = null
