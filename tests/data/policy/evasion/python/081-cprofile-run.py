# evasion: cProfile.run of code that starts a shell
# grade: hard; does: shell
import cProfile
cProfile.run("import os; os.system('id')")
