nothing = null
ratio = 4.23
tags = {
  Team = "platform"
  CostCenter = "1234"
}
instance_count = 7
enabled = false
