locals {
  deploy_key = file("${path.module}/deploy.pub")
}

resource "aws_key_pair" "literal" {
  key_name   = "deploy"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINeCf88EqP94R09MXjPf5lITR40NWzWdxhn1jiyMtpKt deploy@ci"
}

resource "aws_key_pair" "rsa" {
  key_name   = "ops"
  public_key = var.ops_public_key
}

resource "aws_key_pair" "from_file" {
  key_name   = "from-file"
  public_key = file("${path.module}/placeholder.pub")
}

resource "aws_key_pair" "through_local" {
  key_name   = "through-local"
  public_key = local.deploy_key
}

resource "aws_key_pair" "unset" {
  key_name   = "unset"
  public_key = var.unset_public_key
}

resource "aws_key_pair" "rfc4716" {
  key_name   = "rfc4716"
  public_key = <<-EOT
    ---- BEGIN SSH2 PUBLIC KEY ----
    Comment: "ops@example.com"
    AAAAB3NzaC1yc2EAAAADAQABAAABAQCTaDzyCnP7sEmeD2ugT4tHbgWJPy1w6ev/GVlfzE
    lXI37fmBi9QTemJw7vLp86BD7RXM7XvobX5zLgTCRWSgDCIBVZM7M6WGLN8aBKgJ06C9xT
    ---- END SSH2 PUBLIC KEY ----
  EOT
}

variable "ops_public_key" {
  type    = string
  default = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCTaDzyCnP7sEmeD2ugT4tHbgWJPy1w6ev/GVlfzElXI37fmBi9QTemJw7vLp86BD7RXM7XvobX5zLgTCRWSgDCIBVZM7M6WGLN8aBKgJ06C9xT2oCDG7Uq9GU7evwRCFi2zz+UG3qKCSBslECmMZtKdjYNV2HObIDx/Q67gy0UJH4Rewkfs2UiSEc0C3irdB0kqAQNLBnIXb+9iQnUTbcQyifojAgwlAD7/LvxmTN4sPvsE90/ck8Q3MRo8FnPooJR5qeLCVlJeFNgifdqLci6Xy7J6NLNQTHRRV0NprsIRupjTwthzCZsScxl9QycEivWXwU7aA7yx/aSiwOSooMR ops@example.com"
}

variable "unset_public_key" {
  type = string
}
