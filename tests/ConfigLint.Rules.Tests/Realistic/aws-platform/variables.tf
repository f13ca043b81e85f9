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

variable "ops_public_key" {
  type        = string
  description = "OpenSSH public key of the operations team, for break-glass access to EC2 hosts"
  default     = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINeCf88EqP94R09MXjPf5lITR40NWzWdxhn1jiyMtpKt ops@orders"
}

variable "db_parameters" {
  description = "Dynamic PostgreSQL parameters for the orders database"
  type        = map(string)
  default = {
    log_statement                       = "ddl"
    idle_in_transaction_session_timeout = "600000"
    random_page_cost                    = "1.1"
    work_mem                            = "32768"
  }
}
