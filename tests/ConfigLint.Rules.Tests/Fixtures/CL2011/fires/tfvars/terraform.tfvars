postgres_version = "16.2"
