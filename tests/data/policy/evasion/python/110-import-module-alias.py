# evasion: subprocess through an aliased import_module
# grade: medium; does: shell
from importlib import import_module as im
im("subprocess").check_call(["sh", "-c", "id"])
