module "web_6" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 13.0"

  name               = "${local.name_prefix}-web_6"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

resource "aws_s3_bucket_lifecycle_configuration" "assets_8" {
  bucket = aws_s3_bucket.assets_8.id

  rule {
    id     = "expire-old-assets_8"
    status = "Enabled"

    filter {
      prefix = "assets_8/"
    }

    expiration {
      days = 30
    }

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}

locals {
  greeting = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!"
  hosts    = <<-EOT
    %{ for host in var.queue_hosts ~}
    server ${host}:8080
    %{ endfor ~}
  EOT
  escaped  = "literal $${not_interpolated} and %%{not_a_directive}"
  unicode  = "caf\u00e9 \U0001F680 tab\tquote\" back\\slash"
  trimmed  = "  ${~ var.padded ~}  "
}

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 4.36"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5"
    }
  }

  backend "s3" {
    bucket       = "tf-state-prod"
    key          = "cache_secondary/terraform.tfstate"
    region       = "us-east-1"
    use_lockfile = true
  }
}
