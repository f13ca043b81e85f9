# No catalog for 3.x: the nearest line would be a guess, so nothing is reported.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 3.0"
    }
  }
}

resource "aws_db_instance" "legacy" {
  name           = "legacy"
  instance_class = "db.t3.micro"
}
