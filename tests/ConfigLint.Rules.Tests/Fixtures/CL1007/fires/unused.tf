variable "instance_count" {
  type    = number
  default = 2
}

variable "environment" {
  type = string

  validation {
    condition     = contains(["dev", "prod"], var.environment)
    error_message = "Use dev or prod."
  }
}

variable "ami" {
  type = string
}

resource "aws_instance" "web" {
  count = 3
  ami   = var.ami
}
