region      = "eu-central-1"
ratio = 6.48
nothing = null
tags = {
  Team = "platform"
  CostCenter = "1234"
}
azs = ["a", "b", "c"]
environment = "dev"
empty_list = []
