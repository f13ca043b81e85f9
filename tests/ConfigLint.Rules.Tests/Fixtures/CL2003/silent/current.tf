resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_s3_bucket" "logs" {
  bucket = "payments-logs"
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id

  versioning_configuration {
    status = "Enabled"
  }
}
