variable "ami" {
  type = string
}

variable "ports" {
  type    = list(number)
  default = [80, 443]
}

variable "from_json" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_security_group" "web" {
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port = ingress.value
      to_port   = ingress.value
      protocol  = "tcp"
    }
  }

  tags = merge(var.tags, { Name = "web" })
}
