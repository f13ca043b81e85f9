# Managed by the platform team.
// Do not edit by hand.
/* Multi-line
   block comment */
resource "aws_sqs_queue" "api" { # trailing comment
  name                      = "jobs" // another
  delay_seconds             = 0 /* inline */
  message_retention_seconds = 86400
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn,
    maxReceiveCount     = 4, # trailing comma below
  })
}

locals { one_line = "value" }

resource "aws_sns_topic" "alerts" {}
