terraform {
  required_version = ">= ${var.min}"
  required_provider {
    aws = { source = "hashicorp/aws" }
  }
  backend_config = "s3"
}

variable "instance_type" {
  type    = string
  defualt = "t3.micro"

  validation {
    condition = length(var.instance_type) > 0
  }
}

variable "name" {
  default = "app-${var.instance_type}"
}

output "ip" {
  description = "The address"
  sensitve    = true
}

resources "aws_instance" "web" {
  ami = "ami-1"
}

required_providers {
  aws = { source = "hashicorp/aws" }
}

variable "min" {
  default = "1.6"
}
