resource "aws_key_pair" "placeholder" {
  key_name   = "placeholder"
  public_key = "ssh-rsa AAAA... user@host"
}

resource "aws_key_pair" "replace_me" {
  key_name   = "replace-me"
  public_key = "REPLACE_ME"
}

resource "aws_key_pair" "truncated" {
  key_name   = "ops"
  public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCTaDzyCnP7sEmeD2ugT4tHbgWJPy1w6ev/GVlfzElXI37fmBi9QTemJw7vLp86BD7RXM7XvobX5zLgTCRWSgDCIBVZM7M6WGLN8aBKgJ06C9xT2oCDG7Uq9GU7evwRCFi2zz+UG3qKCSBslECmMZtKdjYNV2HObIDx/Q67gy0U ops@example.com"
}

resource "aws_key_pair" "cut_mid_group" {
  key_name   = "ops-2"
  public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCTaDzyCnP7sEmeD2ugT4tHbgWJPy1w6ev/GVlfzElXI37fmBi9QTemJw7vLp86BD7RXM7XvobX5zLgTCRWSgDCIBVZM7M6WGLN8aBKgJ06C9xT2oCDG7Uq9GU7evwRCFi2zz+UG3qKCSBslECmMZtKdjYNV2HObIDx/Q67gy0UJH4"
}

resource "aws_key_pair" "wrong_type" {
  key_name   = "deploy"
  public_key = "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAINeCf88EqP94R09MXjPf5lITR40NWzWdxhn1jiyMtpKt deploy@ci"
}

resource "aws_key_pair" "ecdsa" {
  key_name   = "ecdsa"
  public_key = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBKf+pUOsAZmEKAewY1gyKrnYfvOv0NkJBPCzUIw1EKA73i+xOiSYXpEwmhEebpLC89KUhgmSHWcfhbpcz3OM/sw="
}

resource "aws_key_pair" "team" {
  for_each = {
    alice = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINeCf88EqP94R09MXjPf5lITR40NWzWdxhn1jiyMtpKt deploy@ci"
    bob   = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINeCf88EqP94R09M"
  }

  key_name   = each.key
  public_key = each.value
}
