locals {
  create = var.create
}

resource "aws_s3_bucket" "this" {
  count = local.create ? 1 : 0

  bucket           = var.name
  bucket_namespace = var.bucket_namespace
  force_destroy    = false
  tags             = var.tags

  lifecycle {
    ignore_changes = [tags]
  }
}

resource "aws_s3_bucket_cors_configuration" "this" {
  count = local.create && length(var.cors_rules) > 0 ? 1 : 0

  bucket = aws_s3_bucket.this[0].id

  dynamic "cors_rule" {
    for_each = var.cors_rules
    content {
      id              = try(cors_rule.value.id, null)
      allowed_methods = cors_rule.value.allowed_methods
      allowed_origins = cors_rule.value.allowed_origins
      allowed_headers = lookup(cors_rule.value, "allowed_headers", null)
      max_age_seconds = try(cors_rule.value.max_age_seconds, null)
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  count = local.create && length(var.lifecycle_rules) > 0 ? 1 : 0

  bucket = aws_s3_bucket.this[0].id

  dynamic "rule" {
    for_each = var.lifecycle_rules
    content {
      id     = rule.key
      status = rule.value.enabled ? "Enabled" : "Disabled"

      filter {
        prefix = rule.value.prefix
      }

      dynamic "expiration" {
        for_each = rule.value.expiration_days == null ? [] : [rule.value.expiration_days]
        content {
          days = expiration.value
        }
      }
    }
  }
}

module "notification" {
  source = "./modules/notification"

  create     = local.create && length(var.queue_arns) > 0
  bucket     = try(aws_s3_bucket.this[0].id, "")
  queue_arns = var.queue_arns
}
