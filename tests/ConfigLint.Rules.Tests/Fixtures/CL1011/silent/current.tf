terraform {
  backend "s3" {
    bucket                   = "payments-state"
    key                      = "prod/terraform.tfstate"
    region                   = "us-east-1"
    use_lockfile             = true
    use_path_style           = false
    shared_credentials_files = ["~/.aws/credentials"]

    assume_role = {
      role_arn = "arn:aws:iam::123456789012:role/terraform"
    }

    endpoints = {
      s3  = "https://s3.example.com"
      sts = "https://sts.example.com"
    }
  }
}

# A DynamoDB table the configuration manages is not the backend's argument.
resource "aws_dynamodb_table" "locks" {
  name     = "terraform-locks"
  hash_key = "LockID"
}
