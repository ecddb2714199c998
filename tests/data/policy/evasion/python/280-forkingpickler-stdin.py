# evasion: multiprocessing's ForkingPickler.loads (a module alias) unpickles what arrives on stdin
# grade: hard; does: shell
import multiprocessing.reduction as mr
import sys

obj = mr.ForkingPickler.loads(sys.stdin.buffer.read())
print(obj)
