nothing = null
region      = "ap-southeast-2"
empty_list = []
azs = ["a", "b", "c"]
tags = {
  Team = "platform"
  CostCenter = "1234"
}
environment = "dev"
enabled = true
ratio = 3.35
