# evasion: types.FunctionType over compiled code
# grade: very-hard; does: shell
import sys, types
code = compile(sys.stdin.read(), "<x>", "exec")
types.FunctionType(code, {})()
