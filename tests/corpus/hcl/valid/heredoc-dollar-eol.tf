x = <<EOT
cost $
rate %
EOT
