variable "rules" {
  type = map(object({ port = number, cidr = string }))
  default = {
    https = { port = 443, cidr = "0.0.0.0/0" }
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_security_group" "web" {
  for_each = toset(["a", "b"])
  provider = aws.west
  name     = "web-${each.key}"

  dynamic "ingress" {
    for_each = var.rules
    iterator = rule
    content {
      from_port   = rule.value.port
      to_port     = rule.value.port
      protocol    = "tcp"
      cidr_blocks = [rule.value.cidr]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  timeouts {
    create = "5m"
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [tags]
  }

  depends_on = [aws_s3_bucket.logs]
}

resource "aws_instance" "bastion" {
  count         = 1
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  provisioner "remote-exec" {
    inline = ["echo ok"]

    connection {
      type = "ssh"
      user = "ec2-user"
      host = self.public_ip
    }
  }

  connection {
    type = "ssh"
    host = self.public_ip
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "payments-logs"
}

data "aws_availability_zones" "available" {
  state = "available"
}

resource "random_id" "suffix" {
  byte_length = 4
  not_an_aws_argument = true
}
