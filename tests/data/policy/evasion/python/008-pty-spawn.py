# evasion: pty.spawn of a shell
# grade: easy; does: shell
import pty
pty.spawn("/bin/bash")
