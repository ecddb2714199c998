# evasion: the function name found in dir(os) by index
# grade: hard; does: shell
import os
names = dir(os)
getattr(os, names[names.index("system")])("id")
