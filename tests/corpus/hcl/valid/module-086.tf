resource "aws_iam_policy" "queue_primary" {
  name   = "queue_primary-access"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject"],
      "Resource": "${aws_s3_bucket.queue_primary.arn}/*"
    }
  ]
}
EOF
}

resource "aws_s3_bucket" "queue_secondary" {
  bucket        = "${var.project}-queue_secondary-${var.environment}"
  force_destroy = true

  tags = merge(local.common_tags, {
    Name = "queue_secondary"
  })
}

resource "aws_s3_bucket_public_access_block" "queue_secondary" {
  bucket                  = aws_s3_bucket.queue_secondary.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_instance" "cache" {
  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.instance_type
  subnet_id              = aws_subnet.private[0 % length(aws_subnet.private)].id
  vpc_security_group_ids = [aws_security_group.cache.id]
  user_data              = templatefile("${path.module}/init.sh.tpl", { env = var.environment })

  root_block_device {
    volume_size = 8
    volume_type = "gp3"
    encrypted   = true
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [ami, tags["LastDeployed"]]
  }

  tags = {
    Name = "cache-${0}"
  }
}
