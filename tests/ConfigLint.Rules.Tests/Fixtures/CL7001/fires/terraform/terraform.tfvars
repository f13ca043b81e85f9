region       = "eu-west-1"
github_token = "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"
