locals {
  ports = [80, 443, 1988]
  ratio = 9.92
  big   = 1.5e10
  tiny  = 2.5E-4
  neg   = -89
  math  = (local.ratio * 2 + 1) / 3 % 2 - -1
  flags = !var.enabled || (var.environment != "dev" && local.ratio >= 1.0)
  empty = null
}
