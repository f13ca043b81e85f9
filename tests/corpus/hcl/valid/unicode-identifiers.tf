locals {
  café = "crème"
  名前 = "値"
  dash-ed_name = 1
}
