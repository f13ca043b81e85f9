output "assets_id" {
  description = "ID of the assets resource"
  value       = aws_instance.assets.id
}

output "assets_endpoint" {
  value     = "https://${aws_lb.assets.dns_name}:${var.port}/health"
  sensitive = false
}

resource "aws_instance" "logs_primary" {
  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private[0 % length(aws_subnet.private)].id
  vpc_security_group_ids = [aws_security_group.logs_primary.id]
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
    Name = "logs_primary-${0}"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "auth" {
  bucket = aws_s3_bucket.auth.id

  rule {
    id     = "expire-old-auth"
    status = "Enabled"

    filter {
      prefix = "auth/"
    }

    expiration {
      days = 90
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}
