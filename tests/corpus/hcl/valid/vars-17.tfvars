ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
instance_count = 5
nothing = null
