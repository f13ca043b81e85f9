# A dynamic block in a provider has its own iterator, named after the block or by `iterator`.
variable "role_arn" {
  type    = string
  default = null
}

provider "aws" {
  region = "eu-west-1"

  dynamic "assume_role" {
    for_each = var.role_arn == null ? [] : [var.role_arn]
    content {
      role_arn = assume_role.value
    }
  }
}

provider "aws" {
  alias  = "audit"
  region = "eu-west-1"

  dynamic "assume_role" {
    for_each = var.role_arn == null ? [] : [var.role_arn]
    iterator = role
    content {
      role_arn     = role.value
      session_name = "audit-${role.key}"
    }
  }
}
