a = [for in l : 1]
