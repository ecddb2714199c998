# Ordinary (HumanEval-style): running average with a generator-based coroutine
# driven by send(), with asserts.
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


def running_averages(values):
    gen = averager()
    next(gen)
    return [gen.send(v) for v in values]


assert running_averages([10, 20, 30]) == [10.0, 15.0, 20.0]
assert running_averages([]) == []
assert running_averages([5]) == [5.0]
