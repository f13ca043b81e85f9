region = "eu-west-1"
counts = { web = 2, api = 3 }
