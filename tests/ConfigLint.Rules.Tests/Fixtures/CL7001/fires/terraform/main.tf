resource "aws_lambda_function" "payments" {
  function_name = "payments"
  role          = "arn:aws:iam::123456789012:role/payments"
  environment {
    variables = {
      STRIPE_SECRET_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dcQ9"
      LOG_LEVEL         = "info"
    }
  }
}
