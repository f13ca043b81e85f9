terraform {
  required_version = ">= 1.6.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.55"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5"
    }
  }

  backend "s3" {
    bucket       = "tf-state-prod"
    key          = "metrics_5/terraform.tfstate"
    region       = "eu-central-1"
    use_lockfile = true
  }
}

locals {
  greeting = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!"
  hosts    = <<-EOT
    %{ for host in var.metrics_hosts ~}
    server ${host}:8080
    %{ endfor ~}
  EOT
  escaped  = "literal $${not_interpolated} and %%{not_a_directive}"
  unicode  = "caf\u00e9 \U0001F680 tab\tquote\" back\\slash"
  trimmed  = "  ${~ var.padded ~}  "
}

resource "aws_route53_record" "logs_7" {
  for_each = {
    for r in var.records : "${r.name}.${r.type}" => r
  }

  zone_id = data.aws_route53_zone.main.zone_id
  name    = each.value.name
  type    = each.value.type
  ttl     = try(each.value.ttl, 300)
  records = each.value.values
}
