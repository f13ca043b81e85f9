x = <<-EOT
    a
${var.b}
    c
  EOT
