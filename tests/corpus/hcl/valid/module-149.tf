data "aws_iam_policy_document" "cache_4" {
  statement {
    sid       = "AllowRead"
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.cache_4.arn, "${aws_s3_bucket.cache_4.arn}/*"]

    principals {
      type        = "AWS"
      identifiers = [for id in var.reader_accounts : "arn:aws:iam::${id}:root"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}
