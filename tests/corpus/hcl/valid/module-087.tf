output "auth_secondary_id" {
  description = "ID of the auth_secondary resource"
  value       = aws_instance.auth_secondary.id
}

output "auth_secondary_endpoint" {
  value     = "https://${aws_lb.auth_secondary.dns_name}:${var.port}/health"
  sensitive = false
}
