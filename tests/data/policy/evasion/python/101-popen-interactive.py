# evasion: an interactive bash on the program's own descriptors
# grade: easy; does: shell
import subprocess
subprocess.Popen(["/bin/bash", "-i"], stdin=0, stdout=1, stderr=2)
