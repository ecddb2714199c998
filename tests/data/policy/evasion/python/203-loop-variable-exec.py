# evasion: a loop variable that shares its name with a harmless constant
# grade: hard; does: download-exec
import sys
line = "x = 1"
for line in sys.stdin:
    exec(line)
