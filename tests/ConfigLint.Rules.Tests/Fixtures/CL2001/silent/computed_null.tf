# A computed-only attribute may be written when its value is null: the provider sees it as not set.
variable "service_ipv6_cidr" {
  type    = string
  default = null
}

variable "interfaces" {
  type = map(object({
    network_interface_id = string
    network_card_index   = optional(number)
  }))
  default = {}
}

resource "aws_eks_cluster" "this" {
  name     = "payments"
  role_arn = "arn:aws:iam::123456789012:role/eks"

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }

  kubernetes_network_config {
    ip_family         = "ipv4"
    service_ipv6_cidr = var.service_ipv6_cidr
  }
}

resource "aws_spot_instance_request" "worker" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  dynamic "network_interface" {
    for_each = var.interfaces
    content {
      device_index         = 0
      network_interface_id = network_interface.value.network_interface_id
      network_card_index   = network_interface.value.network_card_index
    }
  }
}
