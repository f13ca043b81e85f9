resource "aws_s3_bucket" "cache" {
  bucket        = "${var.project}-cache-${var.environment}"
  force_destroy = true

  tags = merge(local.common_tags, {
    Name = "cache"
  })
}

resource "aws_s3_bucket_public_access_block" "cache" {
  bucket                  = aws_s3_bucket.cache.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
