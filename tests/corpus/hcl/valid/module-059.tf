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

resource "aws_db_instance" "metrics" {
  identifier              = "metrics-${var.environment}"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 400
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.metrics.name
}

resource "aws_db_parameter_group" "metrics" {
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "ddl"
  }
  parameter {
    name         = "shared_preload_libraries"
    value        = "pg_stat_statements"
    apply_method = "pending-reboot"
  }
}
