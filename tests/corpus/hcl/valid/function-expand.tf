a = f(x...)
b = g(1, 2,)
c = h()
d = provider::terraform::encode_tfvars({a = 1})
