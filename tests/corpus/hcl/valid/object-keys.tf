x = {
  a.b = 1
  "s" = 2
  3 = 3
  (var.k) = 4
  a[0] = 5
  a[b] = 6
  true = 7
  null = 8
  "${var.t}" = 9
}
