resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  arn  = "arn:aws:sqs:us-east-1:123456789012:jobs"
}

data "aws_vpc" "main" {
  default = true
  cidr    = "10.0.0.0/16"
}

variable "queue_url" {
  type    = string
  default = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs-dead"
}

# Another resource's attribute, and a variable whose default is not null, are values the provider rejects.
resource "aws_sqs_queue" "dead" {
  name = "jobs-dead"
  arn  = aws_sqs_queue.jobs.arn
  url  = var.queue_url
}
