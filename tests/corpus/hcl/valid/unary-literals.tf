a = -1
b = !true
c = !false
d = - 2.5
e = --1
