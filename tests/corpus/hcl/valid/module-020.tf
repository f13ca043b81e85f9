provider "aws" {
  region = var.region
  alias  = "us"

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}
