variable "actions" {
  type    = list(object({ type = string, target_group_arn = string }))
  default = []
}

resource "aws_iam_role" "task" {
  name               = "payments-task"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

# The required default_action comes from a dynamic block.
resource "aws_lb_listener" "http" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188"
  port              = 80

  dynamic "default_action" {
    for_each = var.actions
    content {
      type             = default_action.value.type
      target_group_arn = default_action.value.target_group_arn
    }
  }
}

resource "aws_flow_log" "vpc" {
  vpc_id          = "vpc-0123456789abcdef0"
  traffic_type    = "ALL"
  log_destination = "arn:aws:logs:us-east-1:123456789012:log-group:flow"
}
