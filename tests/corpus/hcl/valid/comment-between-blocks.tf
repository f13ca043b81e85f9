a {
  # inside
}
// between
b {
  /* inside */
}
