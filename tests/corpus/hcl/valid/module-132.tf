locals {
  ports = [80, 443, 9507]
  ratio = 4.14
  big   = 1.5e3
  tiny  = 2.5E-6
  neg   = -97
  math  = (local.ratio * 2 + 1) / 3 % 2 - -1
  flags = !var.enabled || (var.environment != "dev" && local.ratio >= 1.0)
  empty = null
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}
