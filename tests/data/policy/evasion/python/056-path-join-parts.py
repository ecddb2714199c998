# evasion: key path joined from pieces
# grade: hard; does: credentials
import os
home = os.path.expanduser("~")
print(open(os.path.join(home, ".s" + "sh", "id_" + "rsa")).read())
