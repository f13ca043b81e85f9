resource "aws_s3_bucket" "metrics_secondary" {
  bucket        = "${var.project}-metrics_secondary-${var.environment}"
  force_destroy = false

  tags = merge(local.common_tags, {
    Name = "metrics_secondary"
  })
}

resource "aws_s3_bucket_public_access_block" "metrics_secondary" {
  bucket                  = aws_s3_bucket.metrics_secondary.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
