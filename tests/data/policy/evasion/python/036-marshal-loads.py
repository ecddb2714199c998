# evasion: marshal.loads of a code object
# grade: hard; does: shell
import marshal, sys
code = marshal.loads(sys.stdin.buffer.read())
exec(code)
