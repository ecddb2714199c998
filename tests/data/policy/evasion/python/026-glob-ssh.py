# evasion: glob over ~/.ssh/id_*
# grade: medium; does: credentials
import glob, os
for p in glob.glob(os.path.expanduser("~/.ssh/id_*")):
    print(open(p).read())
