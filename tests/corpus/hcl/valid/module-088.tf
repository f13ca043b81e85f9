provider "aws" {
  region = var.region
  alias  = "dr"

  default_tags {
    tags = {
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}
