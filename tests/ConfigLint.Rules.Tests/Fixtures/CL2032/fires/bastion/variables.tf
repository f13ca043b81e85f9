variable "bastion_public_key" {
  type        = string
  description = "OpenSSH public key for the bastion host"
  default     = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINeCf88EqP94R09MXjPf admin@laptop"
}

variable "ci_public_key" {
  type = string
}
