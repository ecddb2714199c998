# evasion: every file of ~/.aws read through glob
# grade: easy; does: credentials
import glob, os
for f in glob.glob(os.path.expanduser("~/.aws/*")):
    print(open(f).read())
