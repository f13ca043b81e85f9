resource "aws_key_pair" "bastion" {
  key_name   = "bastion"
  public_key = var.bastion_public_key
}

resource "aws_key_pair" "ci" {
  key_name   = "ci"
  public_key = var.ci_public_key
}
