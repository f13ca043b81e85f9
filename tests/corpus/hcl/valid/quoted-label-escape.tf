a "x\ty" "\u00e9" {
}
