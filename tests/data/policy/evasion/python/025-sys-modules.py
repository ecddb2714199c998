# evasion: os taken from sys.modules
# grade: medium; does: shell
import sys
import os
sys.modules["os"].system("id")
