nothing = null
tags = {
  Team = "platform"
  CostCenter = "1234"
}
environment = "qa"
