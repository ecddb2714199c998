# evasion: subprocess.run with shell=True
# grade: easy; does: shell
import subprocess
subprocess.run("id; sh", shell=True)
