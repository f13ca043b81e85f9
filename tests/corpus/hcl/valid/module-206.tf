output "db_secondary_id" {
  description = "ID of the db_secondary resource"
  value       = aws_instance.db_secondary.id
}

output "db_secondary_endpoint" {
  value     = "https://${aws_lb.db_secondary.dns_name}:${var.port}/health"
  sensitive = false
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
