# evasion: vars(os) lookup of popen
# grade: hard; does: shell
import os
vars(os)["popen"]("id").read()
