resource "aws_s3_bucket" "logs" {
  for_each = toset(["access", "audit"])
  bucket   = "acme-${each.key}-logs"
}

resource "aws_s3_bucket_public_access_block" "logs" {
  for_each = aws_s3_bucket.logs

  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = var.block_public_policy
  ignore_public_acls      = true
  restrict_public_buckets = true
}
