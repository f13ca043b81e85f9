variable "vpc_id" {
  type = string
}

variable "cluster_id" {
  type = string
}

variable "api_port" {
  type    = number
  default = 8080
}

variable "web_port" {
  type = string
}
