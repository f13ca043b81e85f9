region      = "eu-west-1"
nothing = null
empty_list = []
environment = "staging"
