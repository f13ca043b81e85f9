provider "aws" {
  region = "eu-central-1"
}

provider "aws" {
  alias  = "dr"
  region = "eu-west-1"
}

module "network_dr" {
  source = "./app/modules/network"
  providers = {
    aws = aws.dr
  }
}
