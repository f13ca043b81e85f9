resource "aws_ecs_task_definition" "web" {
  family       = "web"
  network_mode = "bridge"
  container_definitions = <<-JSON
    [
      {
        "name": "web",
        "image": "registry.example.com/shop/web:2.0.0",
        "memory": 512,
        "portMappings": [{"containerPort": 8000, "hostPort": 0}],
        "environment": [{"name": "PORT", "value": "${var.web_port}"}]
      }
    ]
  JSON
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 80
  protocol = "HTTP"
  vpc_id   = var.vpc_id

  # In bridge mode the health check reaches the instance's port, not the container's: not compared.
  health_check {
    port = "9999"
  }
}

resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = var.cluster_id
  task_definition = aws_ecs_task_definition.web.arn
  desired_count   = 2

  load_balancer {
    target_group_arn = aws_lb_target_group.web.arn
    container_name   = "web"
    container_port   = 8000
  }
}
