output "auth_primary_id" {
  description = "ID of the auth_primary resource"
  value       = aws_instance.auth_primary.id
}

output "auth_primary_endpoint" {
  value     = "https://${aws_lb.auth_primary.dns_name}:${var.port}/health"
  sensitive = false
}
