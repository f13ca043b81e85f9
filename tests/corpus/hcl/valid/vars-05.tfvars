instance_count = 1
nothing = null
empty_list = []
region      = "eu-central-1"
azs = ["a", "b", "c"]
ingress_rules = [
  {
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  },
]
