ci_public_key = "<paste your public key here>"
