# The override file supplies the required argument.
resource "aws_iam_role" "task" {
  assume_role_policy = "{}"
}
