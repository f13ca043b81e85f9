locals {
  name_prefix = "${var.project}-app"
  common_tags = { Project = var.project, Name = local.name_prefix }
  ports       = [80, 443]
  rendered    = "%{ for p in local.ports }${p}%{ endfor }"
}

variable "project" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  bucket = "${local.name_prefix}-logs"
  tags   = local.common_tags
}

output "rendered" {
  value = local.rendered
}
