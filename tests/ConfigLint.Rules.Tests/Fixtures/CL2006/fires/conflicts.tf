variable "prefix" {
  type    = string
  default = "payments-"
}

resource "aws_s3_bucket" "logs" {
  bucket        = "payments-logs"
  bucket_prefix = var.prefix
}

resource "aws_flow_log" "both" {
  vpc_id          = "vpc-0123456789abcdef0"
  subnet_id       = "subnet-0123456789abcdef0"
  traffic_type    = "ALL"
  log_destination = "arn:aws:logs:us-east-1:123456789012:log-group:flow"
}
