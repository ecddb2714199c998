"""Show a function's code object details."""


def greet(name):
    return "hello " + name


code = greet.__code__
print(code.co_names, code.co_consts, code.co_varnames)
fresh = code.replace(co_name="welcome")
print(fresh.co_name)
