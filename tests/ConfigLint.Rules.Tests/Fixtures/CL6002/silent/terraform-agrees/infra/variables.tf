variable "repository" {
  type    = string
  default = "registry.example.com/shop/checkout"
}

variable "image_tag" {
  type    = string
  default = "1.2.0"
}

# Set per deployment by the pipeline; nothing here says which tag it will be.
variable "canary_tag" {
  type = string
}
