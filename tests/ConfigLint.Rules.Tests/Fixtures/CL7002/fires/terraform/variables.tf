variable "session_secret" {
  type    = string
  default = "Zx9qP2vL8tR5wK3nB7mC1xY4"
}

output "secret_length" {
  value = length(var.session_secret)
}
