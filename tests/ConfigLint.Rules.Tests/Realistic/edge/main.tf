terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.80, < 7.0"
    }
  }
}

variable "workers" {
  type = list(object({
    name   = string
    size   = optional(string, "t3.small")
    labels = optional(list(string), [])
    disk = optional(object({
      size = optional(number, 20)
      type = optional(string, "gp3")
    }), {})
  }))
  default = [{ name = "alpha" }, { name = "beta", labels = ["gpu"] }]
}

variable "admin_cidrs" {
  type    = set(string)
  default = []
}

locals {
  by_label = { for worker in var.workers : worker.name => worker.labels... }
  user_data = templatefile("${path.module}/templates/init.sh.tpl", {
    workers = [for w in var.workers : w.name]
  })
  banner = <<-EOT
    %{~ for w in var.workers ~}
    worker ${w.name} (${w.size})
    %{~ endfor ~}
  EOT
}

ephemeral "aws_secretsmanager_secret_version" "token" {
  secret_id = "workers/token"
}

resource "terraform_data" "bootstrap" {
  input = {
    user_data = local.user_data
    banner    = local.banner
    labels    = local.by_label
  }
}

module "worker" {
  source = "./modules/worker"
  count  = length(var.workers)

  name        = var.workers[count.index].name
  size        = var.workers[count.index].size
  disk_size   = var.workers[count.index].disk.size
  admin_cidrs = var.admin_cidrs
}

removed {
  from = aws_instance.legacy

  lifecycle {
    destroy = false
  }
}

output "worker_ids" {
  value = module.worker[*].id
}

output "first_worker" {
  value = try(module.worker[0].id, null)
}

output "bootstrap" {
  value = terraform_data.bootstrap.id
}
