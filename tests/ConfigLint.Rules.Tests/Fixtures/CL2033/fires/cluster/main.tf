resource "aws_rds_cluster" "analytics" {
  cluster_identifier = "analytics"
  engine             = "aurora-postgresql"
  master_username    = "analytics_admin"
  storage_encrypted  = var.encrypt_storage

  manage_master_user_password = true
}

resource "aws_rds_cluster" "events" {
  cluster_identifier = "events"
  engine             = "aurora-mysql"
  master_username    = "events_admin"

  manage_master_user_password = true
}

resource "aws_rds_cluster_instance" "analytics" {
  count              = 2
  identifier         = "analytics-${count.index}"
  cluster_identifier = aws_rds_cluster.analytics.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.analytics.engine
}
