a = "%{ if b c }x%{ endif }"
