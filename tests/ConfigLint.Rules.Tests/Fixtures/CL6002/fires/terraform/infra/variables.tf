variable "repository" {
  type    = string
  default = "registry.example.com/shop/checkout"
}

variable "image_tag" {
  type = string
}
