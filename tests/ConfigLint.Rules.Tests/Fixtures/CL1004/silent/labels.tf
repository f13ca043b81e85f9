terraform {
  required_version = ">= 1.6"

  backend "s3" {
    bucket = "state"
  }

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_security_group" "web" {
  name = "web"

  ingress {
    from_port = 443
    to_port   = 443
    protocol  = "tcp"
  }

  dynamic "egress" {
    for_each = [0]
    content {
      from_port = egress.value
      to_port   = egress.value
      protocol  = "-1"
    }
  }

  lifecycle {
    create_before_destroy = true

    precondition {
      condition     = true
      error_message = "never"
    }
  }
}

variable "region" {
  default = "eu-west-1"

  validation {
    condition     = length(var.region) > 0
    error_message = "Set a region."
  }
}

check "health" {
  assert {
    condition     = true
    error_message = "never"
  }
}
