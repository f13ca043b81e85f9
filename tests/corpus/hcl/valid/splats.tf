a = b.*.c.d
b = c[*].d[0].e
c = d.*.0
d = e[*]
e = f.*
