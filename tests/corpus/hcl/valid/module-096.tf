resource "aws_instance" "logs" {
  count = var.logs_count

  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private[count.index % length(aws_subnet.private)].id
  vpc_security_group_ids = [aws_security_group.logs.id]
  user_data              = templatefile("${path.module}/init.sh.tpl", { env = var.environment })

  root_block_device {
    volume_size = 8
    volume_type = "gp3"
    encrypted   = true
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [ami, tags["LastDeployed"]]
  }

  tags = {
    Name = "logs-${count.index}"
  }
}
