a = [for x in y : x]
b = {for k, v in m : k => v}
c = {for v in l : v.k => v...}
d = [for x in y : x if x != null]
e = [
  for x in y :
  x
]
