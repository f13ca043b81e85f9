provider "aws" {
  region = var.region
  alias  = "replica"

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}
