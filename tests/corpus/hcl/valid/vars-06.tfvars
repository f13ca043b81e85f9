region      = "us-east-1"
ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
ratio = 5.99
nothing = null
azs = ["a", "b", "c"]
enabled = true
