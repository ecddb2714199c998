# evasion: execvpe of a joined program name
# grade: medium; does: shell
cmd = ["s", "h"]
import os
os.execvpe("".join(cmd), ["sh", "-c", "id"], {})
