variable "database_public" {
  type        = bool
  description = "Expose the reporting database to analysts outside the VPC"
  default     = true
}
