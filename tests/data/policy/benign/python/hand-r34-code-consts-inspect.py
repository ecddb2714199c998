"""Print the constants a function uses, for the docs."""


def greet(name):
    return "hello, " + name + "!"


for c in greet.__code__.co_consts:
    if isinstance(c, str):
        print(repr(c))
