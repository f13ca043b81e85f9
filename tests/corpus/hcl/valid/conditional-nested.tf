a = b ? c ? 1 : 2 : 3
d = (e ? f : g) ? h : i
