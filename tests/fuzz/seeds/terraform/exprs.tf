locals {
  m = { for k, v in var.x : k => v if v != null }
  l = [for s in var.y : upper(s)]
  t = <<-EOT
    hello ${local.a}
    %{ for x in local.l }${x}%{ endfor }
  EOT
  c = var.a ? 1 : -2 * 3 % 4
  s = aws_instance.web[*].id
}
