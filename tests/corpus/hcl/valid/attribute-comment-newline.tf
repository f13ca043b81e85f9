a = 1 # comment ends the line
b = 2
