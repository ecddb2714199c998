# evasion: functools.reduce(getattr) reaches os.system
# grade: very hard; does: shell
import functools, os
functools.reduce(getattr, ["system"], os)("id")
