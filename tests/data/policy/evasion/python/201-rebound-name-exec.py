# evasion: a name given harmless code, then what stdin says; the analysis folded the first value
# grade: medium; does: download-exec
import sys
code = "print('ready')"
code = sys.stdin.read()
exec(code)
