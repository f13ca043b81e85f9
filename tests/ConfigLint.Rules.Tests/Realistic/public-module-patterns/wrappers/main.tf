# One module instance per item; each input falls back to the shared defaults, then to the module's own default.
module "wrapper" {
  source = "../"

  for_each = var.items

  create           = try(each.value.create, var.defaults.create, true)
  name             = try(each.value.name, var.defaults.name, each.key)
  bucket_namespace = try(each.value.bucket_namespace, var.defaults.bucket_namespace, null)
  cors_rules       = try(each.value.cors_rules, var.defaults.cors_rules, [])
  lifecycle_rules  = try(each.value.lifecycle_rules, var.defaults.lifecycle_rules, {})
  queue_arns       = try(each.value.queue_arns, var.defaults.queue_arns, {})
  tags             = try(each.value.tags, var.defaults.tags, {})
}
