import functools

steps = [lambda s: s.strip(), lambda s: s.lower(), lambda s: s.replace(" ", "-")]
print(functools.reduce(lambda acc, step: step(acc), steps, "  Hello World  "))
