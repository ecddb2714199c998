"""Print this process's resident memory as ps reports it."""
import os
import subprocess

out = subprocess.run(["ps", "-o", "rss=", "-p", str(os.getpid())],
                     capture_output=True, text=True, check=True).stdout
print(f"rss: {int(out.strip()) // 1024} MiB")
