# "aws" here is not hashicorp/aws: no catalog describes it.
terraform {
  required_providers {
    aws = {
      source = "example/aws"
    }
  }
}

resource "aws_widget" "x" {
  anything = true
}
