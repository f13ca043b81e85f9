resource "aws_db_instance" "main" {
  identifier        = "main"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  storage_encrypted = true
  username          = "main_admin"
  password          = var.db_password
}

resource "aws_db_instance" "replica" {
  identifier          = "main-replica"
  replicate_source_db = aws_db_instance.main.identifier
  instance_class      = "db.t4g.medium"
}

resource "aws_db_instance" "restored" {
  identifier          = "restored"
  snapshot_identifier = "main-final"
  instance_class      = "db.t4g.medium"
}

resource "aws_db_instance" "with_key" {
  identifier        = "with-key"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  kms_key_id        = aws_kms_key.db.arn
  username          = "with_key_admin"
  password          = var.db_password
}

resource "aws_kms_key" "db" {
  description = "RDS storage"
}

resource "aws_rds_cluster" "encrypted" {
  cluster_identifier = "encrypted"
  engine             = "aurora-postgresql"
  master_username    = "admin_user"
  storage_encrypted  = true

  manage_master_user_password = true
}

resource "aws_rds_cluster" "serverless_v1" {
  cluster_identifier = "legacy"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
  master_username    = "legacy_admin"
  master_password    = var.db_password
}

resource "aws_rds_cluster" "secondary" {
  cluster_identifier        = "secondary"
  engine                    = "aurora-postgresql"
  global_cluster_identifier = "orders-global"
}

resource "aws_rds_cluster_instance" "member" {
  identifier         = "member"
  cluster_identifier = aws_rds_cluster.encrypted.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}

resource "aws_db_instance" "unknown" {
  identifier        = "unknown"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  storage_encrypted = var.encrypted
  username          = "unknown_admin"
  password          = var.db_password
}

variable "encrypted" {
  type = bool
}

variable "db_password" {
  type      = string
  sensitive = true
}
