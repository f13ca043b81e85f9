environment = "prod"

network = {
  cidr_block = "10.20.0.0/16"
  zones = {
    a = { public_cidr = "10.20.0.0/24", private_cidr = "10.20.10.0/24" }
    b = { public_cidr = "10.20.1.0/24", private_cidr = "10.20.11.0/24" }
  }
}

database = {
  backup_retention = 7
  parameters = {
    log_statement = "ddl"
  }
}

services = {
  api = {
    image  = "registry.example.com/payments/api:2.0.0"
    port   = 8080
    public = true
    environment = {
      LOG_LEVEL = "info"
    }
  }
  worker = {
    image         = "registry.example.com/payments/worker:2.0.0"
    port          = 9090
    desired_count = 2
  }
}
