resource "aws_db_parameter_group" "orders" {
  name   = "orders-postgres16"
  family = "postgres16"

  parameter {
    name  = "shared_buffer"
    value = "{DBInstanceClassMemory/32768}"
    apply_method = "pending-reboot"
  }

  parameter {
    name  = "log_min_duration_statment"
    value = "500"
  }
}

resource "aws_rds_cluster_parameter_group" "billing" {
  name   = "billing-aurora-mysql8"
  family = "aurora-mysql8.0"

  parameter {
    name  = "slow_query_logs"
    value = "1"
  }
}
