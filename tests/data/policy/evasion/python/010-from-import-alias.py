# evasion: from os import system as another name
# grade: easy; does: shell
from os import system as run_step
run_step("id")
