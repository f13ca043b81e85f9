resource "aws_iam_policy" "cache_primary" {
  name   = "cache_primary-access"
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject"],
      "Resource": "${aws_s3_bucket.cache_primary.arn}/*"
    }
  ]
}
EOT
}
