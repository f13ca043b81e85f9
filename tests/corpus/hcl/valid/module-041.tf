terraform {
  required_version = ">= 1.8.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 4.10"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5"
    }
  }

  backend "s3" {
    bucket       = "tf-state-dev"
    key          = "logs_secondary/terraform.tfstate"
    region       = "eu-west-1"
    use_lockfile = true
  }
}

locals {
  greeting = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!"
  hosts    = <<-EOT
    %{ for host in var.assets_secondary_hosts ~}
    server ${host}:8080
    %{ endfor ~}
  EOT
  escaped  = "literal $${not_interpolated} and %%{not_a_directive}"
  unicode  = "caf\u00e9 \U0001F680 tab\tquote\" back\\slash"
  trimmed  = "  ${~ var.padded ~}  "
}
