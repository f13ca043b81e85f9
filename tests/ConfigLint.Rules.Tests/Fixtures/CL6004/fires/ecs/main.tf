variable "db_host" {
  type    = string
  default = "orders-db.cluster-c1x2y3z4.eu-west-1.rds.amazonaws.com"
}

resource "aws_ecs_task_definition" "orders" {
  family                   = "orders"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    {
      name  = "orders"
      image = "registry.example.com/shop/orders:3.1.0"
      environment = [
        { name = "DATABASE_URL", value = "postgres://orders@${var.db_host}:5432/orders" },
        { name = "DB_HOST", value = var.db_host },
        { name = "DB_NAME", value = "orders_v2" },
      ]
    },
  ])
}
