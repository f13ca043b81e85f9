variable "name" {
  type = string
}

variable "size" {
  type = string
}

variable "disk_size" {
  type = number
}

variable "admin_cidrs" {
  type = set(string)
}

data "aws_ami" "base" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

resource "aws_security_group" "this" {
  name = var.name

  dynamic "ingress" {
    for_each = var.admin_cidrs
    content {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = [ingress.value]
    }
  }
}

resource "aws_instance" "this" {
  ami                    = data.aws_ami.base.id
  instance_type          = var.size
  vpc_security_group_ids = [aws_security_group.this.id]

  root_block_device {
    volume_size = var.disk_size
  }

  lifecycle {
    postcondition {
      condition     = self.instance_state != "terminated"
      error_message = "The instance is terminated."
    }
  }
}

output "id" {
  value = aws_instance.this.id
}
