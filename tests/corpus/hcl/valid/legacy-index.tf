a = b.0
c = d.1.e
