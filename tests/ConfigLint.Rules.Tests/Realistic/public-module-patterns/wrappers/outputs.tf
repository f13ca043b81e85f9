output "wrapper" {
  description = "Every instance's outputs"
  value       = module.wrapper
}
