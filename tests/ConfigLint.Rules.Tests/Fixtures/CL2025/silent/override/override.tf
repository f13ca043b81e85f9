# Replaces the rule's source: the duplicate in main.tf is never applied.
resource "aws_security_group_rule" "db_from_vpc" {
  cidr_blocks = ["10.1.0.0/16"]
}
