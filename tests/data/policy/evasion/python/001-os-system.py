# evasion: os.system with a literal command
# grade: easy; does: shell
import os
os.system("/bin/sh -i")
