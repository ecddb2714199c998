# evasion: fork and execvp of a shell
# grade: easy; does: shell
import os
r, w = os.pipe()
if os.fork() == 0:
    os.execvp("sh", ["sh", "-c", "id"])
