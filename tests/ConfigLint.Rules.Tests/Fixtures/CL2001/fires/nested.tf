resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = "payments-logs"

  rule {
    id     = "expire"
    status = "Enabled"

    filter {}

    expiration {
      dayz = 365
    }
  }
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  dynamic "ingress" {
    for_each = [80, 443]
    content {
      form_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }

  dynamic "egres" {
    for_each = [1]
    content {
      from_port = 0
    }
  }
}
