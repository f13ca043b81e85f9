variable "block_public_policy" {
  type        = bool
  description = "Whether to refuse public bucket policies"
  default     = false
}
