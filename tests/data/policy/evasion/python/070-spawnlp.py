# evasion: os.spawnlp of a shell
# grade: easy; does: shell
import os
os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "id")
