# evasion: trace.Trace().run of code that starts a shell
# grade: hard; does: shell
import trace
trace.Trace(count=False).run("import os; os.system('id')")
