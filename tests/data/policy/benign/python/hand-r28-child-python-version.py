import subprocess
import sys

out = subprocess.run([sys.executable, "-c", "import sys; print(sys.version)"],
                     capture_output=True, text=True, check=True)
print(out.stdout.strip())
