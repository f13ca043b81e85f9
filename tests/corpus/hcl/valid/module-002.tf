variable "subnets" {
  type = list(object({
    cidr = string
    az   = string
    public = optional(bool, false)
  }))
  default = [
    { cidr = "10.0.1.0/24", az = "eu-west-1a" },
    { cidr = "10.0.2.0/24", az = "eu-central-1b", public = true },
  ]
}

resource "aws_instance" "auth_secondary" {
  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private[0 % length(aws_subnet.private)].id
  vpc_security_group_ids = [aws_security_group.auth_secondary.id]
  user_data              = templatefile("${path.module}/init.sh.tpl", { env = var.environment })

  root_block_device {
    volume_size = 50
    volume_type = "gp3"
    encrypted   = true
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [ami, tags["LastDeployed"]]
  }

  tags = {
    Name = "auth_secondary-${0}"
  }
}
