x = <<EOT
  hello
  EOT
