locals {
  name_prefix = "${var.project}-${var.environment}"
  common_tags = { Project = var.project }
  loop        = local.loop
}

variable "project" {
  type = string
}

variable "environment" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  bucket = "${var.project}-${var.environment}-logs"
  tags   = local.common_tags
}
