variable "statement_timeout_ms" {
  type = number
}

resource "aws_rds_cluster_parameter_group" "ledger" {
  name   = "ledger-aurora-postgresql14"
  family = "aurora-postgresql14"

  parameter {
    name  = "statement_timeout"
    value = var.statement_timeout_ms
  }

  parameter {
    name  = "shared_buffers"
    value = "64"
    apply_method = "pending-reboot"
  }
}
