resource "a" "b" {
  c = 1
}

resource "d" "e" {
  f = [1, 2
}
