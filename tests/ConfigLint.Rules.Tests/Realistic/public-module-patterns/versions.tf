# Patterns of widely used public AWS modules (reduced, written for this corpus): a module that requires a provider
# newer than the built-in catalog, optional inputs that default to null, dynamic blocks over maps and lists read
# with try() and lookup(), an example calling the module with source = "../../", a wrapper calling it with
# for_each, and a submodule written as .tf.json.
terraform {
  required_version = ">= 1.5.7"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.28"
    }
  }
}
