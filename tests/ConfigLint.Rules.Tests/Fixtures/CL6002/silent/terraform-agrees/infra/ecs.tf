resource "aws_ecs_task_definition" "checkout" {
  family                   = "checkout"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    {
      name         = "checkout"
      image        = "${var.repository}:${var.image_tag}"
      essential    = true
      portMappings = [{ containerPort = 8080 }]
    },
    {
      name      = "log-router"
      image     = "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0"
      essential = true
    },
  ])
}

resource "aws_ecs_task_definition" "checkout_canary" {
  family                = "checkout-canary"
  container_definitions = jsonencode([{ name = "checkout", image = "${var.repository}:${var.canary_tag}", essential = true }])
}

resource "aws_ecs_task_definition" "checkout_migrate" {
  family                = "checkout-migrate"
  container_definitions = file("${path.module}/migrate.json")
}
