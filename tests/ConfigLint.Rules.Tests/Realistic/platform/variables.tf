variable "region" {
  type        = string
  description = "Primary region."
  default     = "eu-west-1"
}

variable "dr_region" {
  type    = string
  default = "eu-central-1"
}

variable "environment" {
  type = string

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "The environment must be dev, staging or prod."
  }
}

variable "network" {
  type = object({
    cidr_block = string
    zones = map(object({
      public_cidr  = string
      private_cidr = string
    }))
    enable_nat = optional(bool, true)
  })
}

variable "database" {
  type = object({
    engine_version    = optional(string, "15.14")
    instance_class    = optional(string, "db.t3.micro")
    allocated_storage = optional(number, 20)
    backup_retention  = optional(number)
    parameters        = optional(map(string), {})
  })
  default = {}
}

variable "services" {
  description = "Services by name."
  type = map(object({
    image         = string
    port          = number
    desired_count = optional(number, 1)
    public        = optional(bool, false)
    environment   = optional(map(string), {})
  }))
}

variable "db_password" {
  type      = string
  sensitive = true
  nullable  = false
}
