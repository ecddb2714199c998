# evasion: compile of a variable and eval
# grade: medium; does: shell
import sys
src = sys.stdin.readline()
code = compile(src, "<job>", "exec")
eval(code)
