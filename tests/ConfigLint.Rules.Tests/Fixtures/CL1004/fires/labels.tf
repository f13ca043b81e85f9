resource "aws_s3_bucket" {
  bucket = "logs"
}

variable "region" "eu" {
  default = "eu-west-1"
}

locals "common" {
  name = "app"
}

terraform {
  backend {
    bucket = "state"
  }
}

resource "aws_security_group" "web" {
  dynamic {
    for_each = [80]
    content {
      from_port = 80
    }
  }

  lifecycle "main" {
    create_before_destroy = true
  }
}
