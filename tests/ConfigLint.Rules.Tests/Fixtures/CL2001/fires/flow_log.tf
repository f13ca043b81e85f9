resource "aws_cloudwatch_log_group" "flow" {
  name              = "/aws/vpc/payments"
  retention_in_days = 30
}

resource "aws_flow_log" "vpc" {
  vpc_id              = "vpc-0123456789abcdef0"
  traffic_type        = "ALL"
  log_destination_arn = aws_cloudwatch_log_group.flow.arn
}
