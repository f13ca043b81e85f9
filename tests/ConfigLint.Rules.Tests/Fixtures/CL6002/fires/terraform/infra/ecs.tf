locals {
  checkout = {
    name         = "checkout"
    image        = "${var.repository}:${var.image_tag}"
    essential    = true
    portMappings = [{ containerPort = 8080 }]
  }
}

resource "aws_ecs_task_definition" "checkout" {
  family                   = "checkout"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions    = jsonencode([local.checkout])
}

resource "aws_ecs_task_definition" "checkout_migrate" {
  family                = "checkout-migrate"
  container_definitions = <<-JSON
    [
      {
        "name": "migrate",
        "image": "registry.example.com/shop/checkout:1.3.0",
        "command": ["./migrate", "up"],
        "essential": true
      }
    ]
  JSON
}
