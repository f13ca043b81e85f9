terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

resource "aws_eip" "nat" {
  vpc = true
}

resource "aws_flow_log" "vpc" {
  vpc_id         = "vpc-0123456789abcdef0"
  traffic_type   = "REJECT"
  log_group_name = "/aws/vpc/flow"
}
