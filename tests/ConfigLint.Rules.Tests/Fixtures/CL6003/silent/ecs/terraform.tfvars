vpc_id     = "vpc-0a1b2c3d4e5f60718"
cluster_id = "arn:aws:ecs:eu-west-1:123456789012:cluster/shop"
web_port   = "8000"
