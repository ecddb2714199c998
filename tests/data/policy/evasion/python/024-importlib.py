# evasion: importlib.import_module of subprocess
# grade: medium; does: shell
import importlib
importlib.import_module("subprocess").check_call(["sh", "-c", "id"])
