# evasion: import os under another name
# grade: easy; does: shell
import os as helpers
helpers.system("id")
