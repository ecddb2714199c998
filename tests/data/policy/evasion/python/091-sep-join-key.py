# evasion: an SSH key path joined with os.sep
# grade: medium; does: credentials
import os
print(open(os.sep.join(["", "root", ".ssh", "id_rsa"])).read())
