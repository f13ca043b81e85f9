variable "create" {
  description = "Whether to create anything"
  type        = bool
  default     = true
}

variable "name" {
  description = "Bucket name"
  type        = string
}

variable "bucket_namespace" {
  description = "Namespace of the bucket name; null leaves the provider's default"
  type        = string
  default     = null
}

variable "cors_rules" {
  description = "CORS rules, each an object with optional fields"
  type        = any
  default     = []
}

variable "lifecycle_rules" {
  description = "Lifecycle rules by id"
  type = map(object({
    enabled         = optional(bool, true)
    prefix          = optional(string, "")
    expiration_days = optional(number)
  }))
  default = {}
}

variable "queue_arns" {
  description = "SQS queues to notify on object creation"
  type        = map(string)
  default     = {}
}

variable "tags" {
  description = "Tags for every resource"
  type        = map(string)
  default     = {}
}
