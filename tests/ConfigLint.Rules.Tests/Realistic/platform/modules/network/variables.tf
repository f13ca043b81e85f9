variable "name" {
  type = string
}

variable "cidr_block" {
  type = string
}

variable "zones" {
  type = map(object({
    public_cidr  = string
    private_cidr = string
  }))
}

variable "enable_nat" {
  type    = bool
  default = true
}

variable "tags" {
  type    = map(string)
  default = {}
}
