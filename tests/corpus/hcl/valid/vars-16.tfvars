instance_count = 4
environment = "dev"
nothing = null
region      = "us-west-2"
ratio = 9.56
