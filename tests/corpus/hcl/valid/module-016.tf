resource "aws_s3_bucket" "metrics_6" {
  bucket        = "${var.project}-metrics_6-${var.environment}"
  force_destroy = false

  tags = merge(local.common_tags, {
    Name = "metrics_6"
  })
}

resource "aws_s3_bucket_public_access_block" "metrics_6" {
  bucket                  = aws_s3_bucket.metrics_6.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
