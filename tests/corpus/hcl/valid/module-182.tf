locals {
  greeting = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!"
  hosts    = <<-EOT
    %{ for host in var.worker_secondary_hosts ~}
    server ${host}:8080
    %{ endfor ~}
  EOT
  escaped  = "literal $${not_interpolated} and %%{not_a_directive}"
  unicode  = "caf\u00e9 \U0001F680 tab\tquote\" back\\slash"
  trimmed  = "  ${~ var.padded ~}  "
}

module "logs_secondary" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 4.0"

  name               = "${local.name_prefix}-logs_secondary"
  azs                = slice(data.aws_availability_zones.available.names, 0, 3)
  enable_nat_gateway = !local.is_prod ? false : true

  providers = {
    aws = aws.replica
  }

  depends_on = [module.network]
}

moved {
  from = aws_instance.worker
  to   = aws_instance.worker_v2
}

import {
  to = aws_s3_bucket.worker
  id = "worker-bucket"
}
