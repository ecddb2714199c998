"""Build in a transient scope so the compile gets its own memory limit."""
import subprocess

argv = ["systemd-run", "--user", "--scope", "--quiet", "-p", "MemoryMax=2G",
        "make", "-j2"]
rc = subprocess.run(argv, check=False).returncode
print("build exit", rc)
