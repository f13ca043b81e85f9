x = <<-EOT
      deep
    shallow

      deep again
    EOT
