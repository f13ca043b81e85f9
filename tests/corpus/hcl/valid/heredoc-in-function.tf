a = jsonencode(<<EOT
{"k": "v"}
EOT
)
