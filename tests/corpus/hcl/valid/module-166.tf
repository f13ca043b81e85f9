module "assets" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 12.0"

  name               = "${local.name_prefix}-assets"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

variable "allowed_cidrs" {
  description = "CIDR blocks allowed to reach the load balancer"
  type        = set(string)
  default     = ["10.0.0.0/8", "172.16.0.0/12"]

  validation {
    condition     = alltrue([for c in var.allowed_cidrs : can(cidrhost(c, 0))])
    error_message = "Every entry must be a valid CIDR block."
  }
}
