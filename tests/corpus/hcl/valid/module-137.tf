locals {
  greeting = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!"
  hosts    = <<-EOT
    %{ for host in var.logs_hosts ~}
    server ${host}:8080
    %{ endfor ~}
  EOT
  escaped  = "literal $${not_interpolated} and %%{not_a_directive}"
  unicode  = "caf\u00e9 \U0001F680 tab\tquote\" back\\slash"
  trimmed  = "  ${~ var.padded ~}  "
}

locals {
  cond_chain = var.a ? "a" : var.b ? "b" : "c"
  precedence = 1 + 2 * 3 - 4 / 2 % 3
  compare    = 1 < 2 && 2 <= 3 && 4 > 3 && 4 >= 4 && 1 == 1 && 1 != 2
  unary      = -var.offset + !var.flag ? 1 : 0
  legacy     = var.list.0.name
  splat_attr = var.items.*.name
  full_splat = var.items[*].tags.Name
  paren_key  = { (var.key_name) = "value", "quoted key" = 1, plain: 2 }
  tuple_nl = [
    "a",
    "b", # comment in tuple
    "c",
  ]
  obj_commas = { a = 1, b = 2, c = 3 }
  nested_fn  = upper(lower(trimspace(" MiXeD ")))
  for_if     = [for i, v in var.list : v * 2 if i % 2 == 0]
  for_obj    = { for k, v in var.map : upper(k) => v }
  grouped    = { for v in var.list : v.kind => v.name... }
  index_expr = var.matrix[var.row][var.col]
  call_exp   = max(var.numbers...)
  strings    = ["", "x", "${var.a}", "%{if true}yes%{endif}"]
}

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

output "logs_secondary_id" {
  description = "ID of the logs_secondary resource"
  value       = aws_instance.logs_secondary.id
}

output "logs_secondary_endpoint" {
  value     = "https://${aws_lb.logs_secondary.dns_name}:${var.port}/health"
  sensitive = false
}
