variable "parameters" {
  type = list(object({
    name         = string
    value        = string
    apply_method = optional(string, "immediate")
  }))
  default = [
    { name = "max_connections", value = "500" },
    { name = "work_mem", value = "65536" },
    { name = "max_wal_senders", value = "20", apply_method = "pending-reboot" },
  ]
}

resource "aws_rds_cluster_parameter_group" "ledger" {
  name   = "ledger-aurora-postgresql15"
  family = "aurora-postgresql15"

  dynamic "parameter" {
    for_each = var.parameters
    content {
      name         = parameter.value.name
      value        = parameter.value.value
      apply_method = parameter.value.apply_method
    }
  }
}
