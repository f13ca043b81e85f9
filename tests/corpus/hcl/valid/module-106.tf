removed {
  from = aws_instance.assets

  lifecycle {
    destroy = false
  }
}
