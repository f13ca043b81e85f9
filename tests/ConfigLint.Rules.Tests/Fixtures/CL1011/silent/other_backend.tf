terraform {
  backend "gcs" {
    bucket   = "payments-state"
    endpoint = "https://storage.example.com"
  }
}
