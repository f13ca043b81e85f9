resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  arn  = "arn:aws:sqs:us-east-1:123456789012:jobs"
}

data "aws_vpc" "main" {
  default = true
  cidr    = "10.0.0.0/16"
}
