import operator

print(operator.call(str.upper, "hello"))
