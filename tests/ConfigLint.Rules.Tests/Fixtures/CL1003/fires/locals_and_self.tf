locals {
  prefix = "${local.name}-app"
  name   = "${local.prefix}-1"
}

resource "aws_instance" "web" {
  ami  = "ami-0c55b159cbfafe1f0"
  tags = { Name = aws_instance.web.id }
}

resource "aws_eip" "web" {
  instance = aws_instance.bastion.id
}

resource "aws_instance" "bastion" {
  ami = "ami-0c55b159cbfafe1f0"

  provisioner "remote-exec" {
    connection {
      host = aws_eip.web.public_ip
    }

    inline = ["echo ready"]
  }
}
