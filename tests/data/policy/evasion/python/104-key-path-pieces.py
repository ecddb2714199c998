# evasion: an SSH key path built from pieces
# grade: medium; does: credentials
import os
k = os.path.join(os.path.expanduser("~"), "." + "s" + "s" + "h", "id_" + "rsa")
print(open(k).read())
