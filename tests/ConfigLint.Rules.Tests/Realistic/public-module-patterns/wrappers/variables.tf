variable "defaults" {
  description = "Inputs every instance gets unless its item sets them"
  type        = any
  default     = {}
}

variable "items" {
  description = "Instances by key, each a map of the module's inputs"
  type        = any
  default     = {}
}
