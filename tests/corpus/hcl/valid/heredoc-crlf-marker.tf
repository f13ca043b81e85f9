a = <<EOT
x
  EOT  
