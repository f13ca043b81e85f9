variable "stripe_secret_key" {
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret_version" "github" {
  secret_id = "ci/github-token"
}

resource "aws_lambda_function" "payments" {
  function_name = "payments"
  role          = "arn:aws:iam::123456789012:role/payments"
  environment {
    variables = {
      STRIPE_SECRET_KEY = var.stripe_secret_key
      GITHUB_TOKEN      = data.aws_secretsmanager_secret_version.github.secret_string
      EXAMPLE_KEY       = "sk_live_your_key_here"
    }
  }
}
