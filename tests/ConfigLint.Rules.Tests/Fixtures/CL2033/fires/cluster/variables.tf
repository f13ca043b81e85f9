variable "encrypt_storage" {
  type    = bool
  default = true
}
