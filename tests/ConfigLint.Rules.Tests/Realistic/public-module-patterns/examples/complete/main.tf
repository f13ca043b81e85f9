variable "role_arn" {
  description = "Role to assume; null uses the caller's credentials"
  type        = string
  default     = null
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

module "bucket" {
  source = "../../"

  name             = "payments-artifacts-complete"
  bucket_namespace = "account-regional"

  cors_rules = [
    {
      allowed_methods = ["GET"]
      allowed_origins = ["https://payments.example.com"]
    },
  ]

  lifecycle_rules = {
    logs = { prefix = "logs/", expiration_days = 30 }
    tmp  = { prefix = "tmp/", enabled = false }
  }

  tags = { Environment = "example" }
}

module "disabled" {
  source = "../../"

  create = false
  name   = "never-created"
}

output "bucket_id" {
  description = "The example bucket"
  value       = module.bucket.bucket_id
}

output "disabled_bucket_id" {
  description = "Null: nothing is created"
  value       = module.disabled.bucket_id
}
