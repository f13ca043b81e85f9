variable "region" {
  type = string
}

variable "ports" {
  type    = map(number)
  default = { http = 80, https = 443 }
}

locals {
  name  = "web"
  names = [for k, v in var.ports : "${local.name}-${k}-${v}"]
  rendered = "%{ for p in var.ports }${p} %{ endfor }"
}

provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"]
}

resource "aws_security_group" "web" {
  provider = aws.west
  name     = local.name

  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      description = ingress.key
    }
  }

  dynamic "egress" {
    for_each = [0]
    iterator = rule
    content {
      from_port = rule.value
      to_port   = rule.value
      protocol  = "-1"
    }
  }

  lifecycle {
    ignore_changes        = [tags, description]
    create_before_destroy = true
  }
}

resource "aws_instance" "web" {
  count                  = 2
  ami                    = data.aws_ami.ubuntu.id
  vpc_security_group_ids = [aws_security_group.web.id]
  user_data              = templatefile("${path.module}/init.sh.tpl", { index = count.index, ws = terraform.workspace })

  provisioner "local-exec" {
    command = "echo ${self.private_ip}"
  }

  depends_on = [aws_security_group.web]
}

moved {
  from = aws_instance.old
  to   = aws_instance.web
}

import {
  to = aws_security_group.web
  id = "sg-0123456789"
}

removed {
  from = aws_s3_bucket.legacy

  lifecycle {
    destroy = false
  }
}

check "site" {
  data "http" "home" {
    url = "https://example.com"
  }

  assert {
    condition     = data.http.home.status_code == 200
    error_message = "The site is down."
  }
}

output "ips" {
  value = aws_instance.web[*].private_ip
}

# Terraform's resource. prefix names a managed resource whose type clashes with a reserved word.
output "group_name" {
  value = resource.aws_security_group.web.name
}
