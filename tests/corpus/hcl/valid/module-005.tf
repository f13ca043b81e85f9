resource "aws_s3_bucket" "auth_secondary" {
  bucket        = "${var.project}-auth_secondary-${var.environment}"
  force_destroy = true

  tags = merge(local.common_tags, {
    Name = "auth_secondary"
  })
}

resource "aws_s3_bucket_public_access_block" "auth_secondary" {
  bucket                  = aws_s3_bucket.auth_secondary.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

locals {
  common_tags = {
    Project     = var.project
    Environment = var.environment
    Owner       = "platform-team"
  }
  name_prefix = "${var.project}-${var.environment}"
  is_prod     = var.environment == "prod"
  replicas    = local.is_prod ? 3 : 1
}

locals {
  instance_ids = aws_instance.web.*.id
  first_ip     = aws_instance.web.0.private_ip
  all_tags     = aws_instance.web[*].tags["Name"]
  nested       = var.clusters[*].nodes[0].name
  lookup_value = var.settings["feature"].enabled
  zone         = data.aws_availability_zones.available.names[0]
}
