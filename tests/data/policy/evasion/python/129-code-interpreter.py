# evasion: code.InteractiveInterpreter.runsource compiles and runs a string
# grade: hard; does: shell
import code

interp = code.InteractiveInterpreter()
interp.runsource("import os; os.system('id; uname -a')", "<cfg>", "exec")
