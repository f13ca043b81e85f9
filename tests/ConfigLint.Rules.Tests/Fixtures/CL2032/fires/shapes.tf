resource "aws_key_pair" "two_keys" {
  key_name   = "two-keys"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINeCf88EqP94R09MXjPf5lITR40NWzWdxhn1jiyMtpKtAAAAAA== deploy@ci"
}

resource "aws_key_pair" "security_key" {
  key_name   = "yubikey"
  public_key = "sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAIEukvDZZyZUKq3rMxmVilGCqD/SVM8BNPRHXrUj00Nr4AAAABHNzaDo= ops@yubikey"
}

resource "aws_key_pair" "certificate" {
  key_name   = "certificate"
  public_key = "ssh-ed25519-cert-v01@openssh.com AAAAIHNzaC1lZDI1NTE5LWNlcnQtdjAxQG9wZW5zc2guY29tAAAAIMZBpb5XBuerlTRP8MpeBo4c7Eq6rfi3R7t6RDmzhfHK ops"
}

resource "aws_key_pair" "short_ed25519" {
  key_name   = "short"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAH9ask7475dgPk+2HW1pZRpymJxieGe+n2UM9mvypDhE="
}

resource "aws_key_pair" "private" {
  key_name   = "private"
  public_key = <<-EOT
    -----BEGIN OPENSSH PRIVATE KEY-----
    b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==
    -----END OPENSSH PRIVATE KEY-----
  EOT
}

resource "aws_key_pair" "typo" {
  key_name   = "typo"
  public_key = "ssh-ed2519 AAAAC3NzaC1lZDI1NTE5AAAAINeCf88EqP94R09MXjPf5lITR40NWzWdxhn1jiyMtpKt"
}

resource "aws_key_pair" "empty" {
  key_name   = "empty"
  public_key = ""
}
