# evasion: exec of a file read at run time
# grade: medium; does: download-exec
import sys
p = sys.argv[1] if len(sys.argv) > 1 else "/tmp/stage2.py"
exec(open(p).read())
