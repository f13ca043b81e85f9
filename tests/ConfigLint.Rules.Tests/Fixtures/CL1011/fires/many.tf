terraform {
  backend "s3" {
    bucket                  = "payments-state"
    key                     = "prod/terraform.tfstate"
    use_lockfile            = true
    dynamodb_table          = "terraform-locks"
    force_path_style        = true
    shared_credentials_file = "~/.aws/credentials"
    endpoint                = "https://s3.example.com"
    role_arn                = "arn:aws:iam::123456789012:role/terraform"
  }
}
