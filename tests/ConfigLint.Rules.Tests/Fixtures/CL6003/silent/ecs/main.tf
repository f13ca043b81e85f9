locals {
  api = {
    name         = "api"
    image        = "registry.example.com/shop/api:1.4.0"
    essential    = true
    portMappings = [{ containerPort = var.api_port }, { containerPort = 9090 }]
    environment  = [{ name = "PORT", value = tostring(var.api_port) }]
  }
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions    = jsonencode([local.api, { name = "envoy", image = "envoyproxy/envoy:v1.31.2", essential = true }])
}

# The target group's own port is only a default; ECS registers each task with its container port.
resource "aws_lb_target_group" "api" {
  name        = "api"
  port        = 80
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    path = "/health"
    port = "traffic-port"
  }
}

resource "aws_lb_target_group" "api_metrics" {
  name        = "api-metrics"
  port        = 9090
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = var.vpc_id

  health_check {
    port = "9090"
  }
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = var.cluster_id
  task_definition = aws_ecs_task_definition.api.arn
  launch_type     = "FARGATE"

  load_balancer {
    target_group_arn = aws_lb_target_group.api.arn
    container_name   = "api"
    container_port   = var.api_port
  }

  dynamic "load_balancer" {
    for_each = { metrics = aws_lb_target_group.api_metrics.arn }
    content {
      target_group_arn = load_balancer.value
      container_name   = "api"
      container_port   = 9090
    }
  }
}

# Ports set by the pipeline are not known here.
variable "worker_port" {
  type = number
}

resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  network_mode          = "awsvpc"
  container_definitions = jsonencode([{ name = "worker", image = "registry.example.com/shop/worker:1.0.0", portMappings = [{ containerPort = var.worker_port }] }])
}

resource "aws_ecs_service" "worker" {
  name            = "worker"
  cluster         = var.cluster_id
  task_definition = aws_ecs_task_definition.worker.arn

  load_balancer {
    target_group_arn = aws_lb_target_group.api.arn
    container_name   = "worker"
    container_port   = 8080
  }
}
