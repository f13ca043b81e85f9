module "worker_primary" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 18.0"

  name               = "${local.name_prefix}-worker_primary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

terraform {
  required_version = ">= 1.8.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 4.41"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5"
    }
  }

  backend "s3" {
    bucket       = "tf-state-staging"
    key          = "auth_primary/terraform.tfstate"
    region       = "eu-west-1"
    use_lockfile = true
  }
}

variable "db_primary_instance_type" {
  type        = string
  default     = "c6g.xlarge"
  description = "EC2 instance type for the db_primary tier"
}
