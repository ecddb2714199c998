# evasion: os.execl replaces the process with a shell
# grade: easy; does: shell
import os
os.execl("/bin/sh", "sh", "-c", "id")
