# evasion: a def under a branch that never runs, named like the builtin it calls
# grade: very hard; does: download-exec
import sys
if sys.version_info < (2, 0):
    def exec(code):
        return None
exec(sys.stdin.read())
