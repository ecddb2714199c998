import os
import subprocess

top = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True).stdout.strip()
hooks = os.path.join(top, ".git", "hooks")
print(sorted(os.listdir(hooks)) if os.path.isdir(hooks) else [])
