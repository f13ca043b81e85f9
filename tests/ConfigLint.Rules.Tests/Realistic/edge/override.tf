variable "admin_cidrs" {
  default = ["10.0.0.0/8"]
}
