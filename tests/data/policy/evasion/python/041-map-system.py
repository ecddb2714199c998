# evasion: os.system handed to map
# grade: hard; does: shell
import os
list(map(os.system, ["id"]))
