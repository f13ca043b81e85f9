resource "null_resource" "api_primary" {
  triggers = {
    always = timestamp()
  }

  provisioner "local-exec" {
    command     = "echo ${self.id} > ${path.module}/out.txt"
    interpreter = ["/bin/bash", "-c"]
    when        = create
  }
}

locals {
  greeting = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!"
  hosts    = <<-EOT
    %{ for host in var.queue_primary_hosts ~}
    server ${host}:8080
    %{ endfor ~}
  EOT
  escaped  = "literal $${not_interpolated} and %%{not_a_directive}"
  unicode  = "caf\u00e9 \U0001F680 tab\tquote\" back\\slash"
  trimmed  = "  ${~ var.padded ~}  "
}

output "worker_id" {
  description = "ID of the worker resource"
  value       = aws_instance.worker.id
}

output "worker_endpoint" {
  value     = "https://${aws_lb.worker.dns_name}:${var.port}/health"
  sensitive = false
}
