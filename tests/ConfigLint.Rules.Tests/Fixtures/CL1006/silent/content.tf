terraform {
  required_version = ">= 1.6, < 2.0"
  experiments      = []

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }

  backend "s3" {
    bucket = "state"
    key    = "app.tfstate"
  }

  provider_meta "aws" {
    module_name = "app"
  }
}

variable "instance_type" {
  type        = string
  default     = "t3.micro"
  description = "EC2 instance type"
  sensitive   = false
  nullable    = false
  ephemeral   = false

  validation {
    condition     = startswith(var.instance_type, "t3.")
    error_message = "Use a t3 instance."
  }
}

output "type" {
  value       = var.instance_type
  description = "The type"
  sensitive   = false
  depends_on  = []

  precondition {
    condition     = var.instance_type != ""
    error_message = "Empty."
  }
}
