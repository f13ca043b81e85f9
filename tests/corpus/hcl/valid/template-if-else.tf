a = "%{ if var.x }yes%{ else }no%{ endif }"
b = "%{if var.x}only%{endif}"
