resource "aws_instance" "queue_secondary" {
  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private[0 % length(aws_subnet.private)].id
  vpc_security_group_ids = [aws_security_group.queue_secondary.id]
  user_data              = templatefile("${path.module}/init.sh.tpl", { env = var.environment })

  root_block_device {
    volume_size = 20
    volume_type = "gp3"
    encrypted   = true
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [ami, tags["LastDeployed"]]
  }

  tags = {
    Name = "queue_secondary-${0}"
  }
}

resource "null_resource" "db_3" {
  triggers = {
    always = timestamp()
  }

  provisioner "local-exec" {
    command     = "echo ${self.id} > ${path.module}/out.txt"
    interpreter = ["/bin/bash", "-c"]
    when        = create
  }
}

output "cache_primary_id" {
  description = "ID of the cache_primary resource"
  value       = aws_instance.cache_primary.id
}

output "cache_primary_endpoint" {
  value     = "https://${aws_lb.cache_primary.dns_name}:${var.port}/health"
  sensitive = false
}
