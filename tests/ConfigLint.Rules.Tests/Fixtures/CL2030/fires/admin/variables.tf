variable "vpc_id" {
  type = string
}

variable "ssh_port" {
  type    = number
  default = 22
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["203.0.113.0/24"]
}

variable "open_cidr" {
  type    = string
  default = "10.30.0.0/16"
}
