variable "allowed_cidrs" {
  description = "CIDR blocks allowed to reach the load balancer"
  type        = set(string)
  default     = ["10.0.0.0/8", "172.16.0.0/12"]

  validation {
    condition     = alltrue([for c in var.allowed_cidrs : can(cidrhost(c, 0))])
    error_message = "Every entry must be a valid CIDR block."
  }
}
