# evasion: system from a star import of os
# grade: easy; does: shell
from os import *
system("id")
