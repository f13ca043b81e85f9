variable "region" {
  type    = string
  default = "us-east-1"
}

variable "environment" {
  type    = string
  default = "dev"
}

variable "db_engine_version" {
  description = "PostgreSQL version for RDS."
  type        = string
  default     = "15.4"
}

variable "db_instance_class" {
  type    = string
  default = "db.t3.micro"
}
