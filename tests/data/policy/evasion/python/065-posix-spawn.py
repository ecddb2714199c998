# evasion: os.posix_spawn of a shell
# grade: medium; does: shell
import os
os.posix_spawn("/bin/sh", ["sh", "-c", "id"], os.environ)
