check "site" {
  data "http" "home" {
    url = "https://example.com"
  }

  assert {
    condition     = data.http.home.status_code == 200
    error_message = "The site is down."
  }
}

output "status" {
  value = data.http.home.status_code
}
