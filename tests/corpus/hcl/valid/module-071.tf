provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
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

variable "web_1_count" {
  type    = number
  default = 2

  validation {
    condition     = var.web_1_count > 0 && var.web_1_count <= 10
    error_message = "The web_1 count must be between 1 and 10."
  }
}
