# evasion: exec of sys.stdin.read()
# grade: medium; does: shell
import sys
exec(sys.stdin.read())
