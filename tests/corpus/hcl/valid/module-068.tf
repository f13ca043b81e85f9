provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "cache_5" {
  bucket = aws_s3_bucket.cache_5.id

  rule {
    id     = "expire-old-cache_5"
    status = "Enabled"

    filter {
      prefix = "cache_5/"
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

variable "allowed_cidrs" {
  description = "CIDR blocks allowed to reach the load balancer"
  type        = set(string)
  default     = ["10.0.0.0/8", "172.16.0.0/12"]

  validation {
    condition     = alltrue([for c in var.allowed_cidrs : can(cidrhost(c, 0))])
    error_message = "Every entry must be a valid CIDR block."
  }
}

resource "aws_vpc" "main" {
  cidr_block           = "10.101.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_subnet" "private" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone = element(var.azs, count.index)
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_eip" "nat" {
  domain     = "vpc"
  depends_on = [aws_internet_gateway.main]
}
