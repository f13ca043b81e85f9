variable "db_engine_version" {
  description = "PostgreSQL version for RDS."
  type        = string
  default     = "15.4"
}
