check "health" {
  data "http" "auth_primary" {
    url = "https://${aws_lb.auth_primary.dns_name}/health"
  }

  assert {
    condition     = data.http.auth_primary.status_code == 200
    error_message = "${data.http.auth_primary.url} returned an unhealthy status code"
  }
}

variable "assets_instance_type" {
  type        = string
  default     = "c6g.xlarge"
  description = "EC2 instance type for the assets tier"
}
