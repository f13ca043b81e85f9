variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type    = string
  default = "production"
}

variable "name" {
  type    = string
  default = "orders"
}

variable "vpc_cidr" {
  type    = string
  default = "10.20.0.0/16"
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "container_image" {
  type    = string
  default = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:1.4.2"
}

variable "allowed_admin_cidrs" {
  type    = list(string)
  default = ["203.0.113.0/24"]
}
