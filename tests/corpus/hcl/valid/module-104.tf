provider "aws" {
  region = var.region
  alias  = "dr"

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

output "logs_secondary_id" {
  description = "ID of the logs_secondary resource"
  value       = aws_instance.logs_secondary.id
}

output "logs_secondary_endpoint" {
  value     = "https://${aws_lb.logs_secondary.dns_name}:${var.port}/health"
  sensitive = false
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
