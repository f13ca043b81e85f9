# Managed by the platform team.
// Do not edit by hand.
/* Multi-line
   block comment */
resource "aws_sqs_queue" "worker_secondary" { # trailing comment
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

resource "aws_security_group" "metrics_9" {
  name_prefix = "metrics_9-"
  description = "Security group for metrics_9"
  vpc_id      = aws_vpc.main.id

  dynamic "ingress" {
    for_each = var.ingress_rules
    iterator = rule
    content {
      from_port   = rule.value.from_port
      to_port     = rule.value.to_port
      protocol    = lookup(rule.value, "protocol", "tcp")
      cidr_blocks = rule.value.cidr_blocks
    }
  }

  ingress {
    from_port   = 6379
    to_port     = 6379
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

variable "subnets" {
  type = list(object({
    cidr = string
    az   = string
    public = optional(bool, false)
  }))
  default = [
    { cidr = "10.0.1.0/24", az = "us-west-2a" },
    { cidr = "10.0.2.0/24", az = "us-east-1b", public = true },
  ]
}

resource "aws_route53_record" "worker_secondary" {
  for_each = {
    for r in var.records : "${r.name}.${r.type}" => r
  }

  zone_id = data.aws_route53_zone.main.zone_id
  name    = each.value.name
  type    = each.value.type
  ttl     = try(each.value.ttl, 300)
  records = each.value.values
}
