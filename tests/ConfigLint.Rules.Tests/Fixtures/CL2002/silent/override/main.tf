resource "aws_iam_role" "task" {
  name = "payments-task"
}
