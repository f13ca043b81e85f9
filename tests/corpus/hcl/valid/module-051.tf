resource "aws_instance" "api" {
  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private[0 % length(aws_subnet.private)].id
  vpc_security_group_ids = [aws_security_group.api.id]
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
    Name = "api-${0}"
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

module "queue_primary" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.0"

  name               = "${local.name_prefix}-queue_primary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

output "logs_primary_id" {
  description = "ID of the logs_primary resource"
  value       = aws_instance.logs_primary.id
}

output "logs_primary_endpoint" {
  value     = "https://${aws_lb.logs_primary.dns_name}:${var.port}/health"
  sensitive = false
}
