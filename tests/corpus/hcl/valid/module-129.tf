output "worker_id" {
  description = "ID of the worker resource"
  value       = aws_instance.worker.id
}

output "worker_endpoint" {
  value     = "https://${aws_lb.worker.dns_name}:${var.port}/health"
  sensitive = false
}

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
