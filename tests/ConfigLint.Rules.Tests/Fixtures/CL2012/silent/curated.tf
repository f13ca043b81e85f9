# Names ConfigLint's curated data does not list, and none close to one it does: nothing is known to be wrong.
resource "aws_db_parameter_group" "orders" {
  name   = "orders-postgres16"
  family = "postgres16"

  parameter {
    name  = "pg_partman_bgw.interval"
    value = "3600"
  }

  parameter {
    name  = "shared_buffers"
    value = "{DBInstanceClassMemory/32768}"
    apply_method = "pending-reboot"
  }

  parameter {
    name  = "jit"
    value = "0"
  }
}

resource "aws_db_parameter_group" "oracle" {
  name   = "erp-oracle"
  family = "oracle-ee-19"

  parameter {
    name  = "open_cursors"
    value = "1000"
  }
}

resource "aws_db_parameter_group" "mysql" {
  name   = "shop-mysql8"
  family = "mysql8.0"

  parameter {
    name  = "character_set_server"
    value = "utf8mb4"
  }

  parameter {
    name  = "innodb_io_capacity"
    value = "2000"
  }
}
