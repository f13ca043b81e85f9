resource "null_resource" "queue_8" {
  triggers = {
    always = timestamp()
  }

  provisioner "local-exec" {
    command     = "echo ${self.id} > ${path.module}/out.txt"
    interpreter = ["/bin/bash", "-c"]
    when        = create
  }
}
