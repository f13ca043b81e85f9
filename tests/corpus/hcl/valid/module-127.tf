resource "null_resource" "worker" {
  triggers = {
    always = timestamp()
  }

  provisioner "local-exec" {
    command     = "echo ${self.id} > ${path.module}/out.txt"
    interpreter = ["/bin/bash", "-c"]
    when        = create
  }
}

resource "aws_db_instance" "metrics_secondary" {
  identifier              = "metrics_secondary-${var.environment}"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.m6g.xlarge"
  allocated_storage       = 500
  storage_type            = "gp3"
  username                = "app"
  password                = var.db_password
  backup_retention_period = var.environment == "prod" ? 14 : 1
  skip_final_snapshot     = var.environment != "prod"
  parameter_group_name    = aws_db_parameter_group.metrics_secondary.name
}

resource "aws_db_parameter_group" "metrics_secondary" {
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "ddl"
  }
  parameter {
    name         = "shared_preload_libraries"
    value        = "pg_stat_statements"
    apply_method = "pending-reboot"
  }
}

resource "aws_instance" "assets_secondary" {
  count = var.assets_secondary_count

  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private[count.index % length(aws_subnet.private)].id
  vpc_security_group_ids = [aws_security_group.assets_secondary.id]
  user_data              = templatefile("${path.module}/init.sh.tpl", { env = var.environment })

  root_block_device {
    volume_size = 20
    volume_type = "gp3"
    encrypted   = true
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [ami, tags["LastDeployed"]]
  }

  tags = {
    Name = "assets_secondary-${count.index}"
  }
}
