resource "aws_s3_bucket" "logs" {
  bucket        = "${var.project}-logs-${var.environment}"
  force_destroy = false

  tags = merge(local.common_tags, {
    Name = "logs"
  })
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_iam_policy" "metrics_primary" {
  name   = "metrics_primary-access"
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["s3:GetObject", "s3:PutObject"],
          "Resource": "${aws_s3_bucket.metrics_primary.arn}/*"
        }
      ]
    }
    EOF
}
