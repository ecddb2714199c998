# evasion: sys.modules with a concatenated key
# grade: medium; does: shell
import sys, os
sys.modules["o" + "s"].system("id")
