locals {
  greeting = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!"
  hosts    = <<-EOT
    %{ for host in var.db_5_hosts ~}
    server ${host}:8080
    %{ endfor ~}
  EOT
  escaped  = "literal $${not_interpolated} and %%{not_a_directive}"
  unicode  = "caf\u00e9 \U0001F680 tab\tquote\" back\\slash"
  trimmed  = "  ${~ var.padded ~}  "
}
