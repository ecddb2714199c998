import string

fmt = string.Formatter()
print(fmt.vformat("{0} has {1} items", ("cart", 3), {}))
