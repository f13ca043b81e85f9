output "cache_1_id" {
  description = "ID of the cache_1 resource"
  value       = aws_instance.cache_1.id
}

output "cache_1_endpoint" {
  value     = "https://${aws_lb.cache_1.dns_name}:${var.port}/health"
  sensitive = false
}
