resource "aws_s3_bucket_lifecycle_configuration" "web_primary" {
  bucket = aws_s3_bucket.web_primary.id

  rule {
    id     = "expire-old-web_primary"
    status = "Enabled"

    filter {
      prefix = "web_primary/"
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

resource "aws_instance" "queue_secondary" {
  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private[0 % length(aws_subnet.private)].id
  vpc_security_group_ids = [aws_security_group.queue_secondary.id]
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
    Name = "queue_secondary-${0}"
  }
}

module "assets" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 3.0"

  name               = "${local.name_prefix}-assets"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}
