resource "aws_iam_policy" "worker" {
  name   = "worker-access"
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject"],
      "Resource": "${aws_s3_bucket.worker.arn}/*"
    }
  ]
}
POLICY
}

resource "aws_security_group" "cache_4" {
  name_prefix = "cache_4-"
  description = "Security group for cache_4"
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
    from_port   = 8080
    to_port     = 8080
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
