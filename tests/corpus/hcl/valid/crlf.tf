resource "a" "b" {
  c = "d"
  e = <<EOT
line
EOT
}
