removed {
  from = aws_instance.api_primary

  lifecycle {
    destroy = false
  }
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "enabled" {
  type     = bool
  default  = false
  nullable = false
}

locals {
  common_tags = {
    Project     = var.project
    Environment = var.environment
    Owner       = "platform-team"
  }
  name_prefix = "${var.project}-${var.environment}"
  is_prod     = var.environment == "prod"
  replicas    = local.is_prod ? 3 : 1
}

resource "aws_iam_policy" "queue" {
  name   = "queue-access"
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["s3:GetObject", "s3:PutObject"],
          "Resource": "${aws_s3_bucket.queue.arn}/*"
        }
      ]
    }
    EOF
}
