encrypt_storage = false
