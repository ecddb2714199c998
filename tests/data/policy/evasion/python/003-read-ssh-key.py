# evasion: open() of a literal key path
# grade: easy; does: credentials
import os
print(open(os.path.expanduser("~/.ssh/id_rsa")).read())
