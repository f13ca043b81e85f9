terraform {
  backend "s3" {
    bucket            = "payments-state"
    key               = "prod/terraform.tfstate"
    dynamodb_endpoint = "https://dynamodb.example.com"
    iam_endpoint      = "https://iam.example.com"
    endpoints = {
      dynamodb = "https://dynamodb.example.com"
    }
  }
}
