resource "aws_iam_role" "task" {
  name = "payments-task"
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188"
  port              = 80
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = "payments-logs"

  rule {
    status = "Enabled"
    filter {}
  }
}

resource "aws_flow_log" "orphan" {
  traffic_type    = "ALL"
  log_destination = "arn:aws:logs:us-east-1:123456789012:log-group:flow"
}
