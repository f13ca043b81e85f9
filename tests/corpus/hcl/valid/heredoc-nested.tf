x = <<A
${<<B
inner
B
}
A
