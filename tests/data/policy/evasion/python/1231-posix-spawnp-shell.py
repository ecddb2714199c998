import os

def launch(line):
    pid = os.posix_spawnp("sh", ["sh", "-c", line], dict(os.environ))
    return os.waitpid(pid, 0)

launch(input("> "))
