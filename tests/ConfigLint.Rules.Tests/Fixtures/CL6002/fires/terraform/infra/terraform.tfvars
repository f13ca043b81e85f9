image_tag = "1.1.0"
