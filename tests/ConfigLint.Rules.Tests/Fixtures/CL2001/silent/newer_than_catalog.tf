# The constraint admits only releases newer than the built-in 6.x catalog, so an argument or block the catalog
# lacks may have been added since: nothing is reported as unknown or unconfigurable.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.28"
    }
  }
}

variable "namespace" {
  type    = string
  default = "account-regional"
}

resource "aws_s3_bucket" "this" {
  bucket           = "payments-artifacts"
  bucket_namespace = var.namespace
}

resource "aws_eks_node_group" "workers" {
  cluster_name    = "payments"
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::123456789012:role/workers"
  subnet_ids      = ["subnet-0123456789abcdef0"]

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }

  update_config {
    max_unavailable = 1
    update_strategy = "MINIMAL"
  }
}
