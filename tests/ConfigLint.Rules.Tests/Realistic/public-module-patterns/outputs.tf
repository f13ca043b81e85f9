output "bucket_id" {
  description = "The bucket's name"
  value       = try(aws_s3_bucket.this[0].id, null)
}

output "notification_ids" {
  description = "The notification configuration, by bucket"
  value       = module.notification.ids
}
