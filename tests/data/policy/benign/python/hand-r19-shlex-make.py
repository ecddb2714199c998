"""Run the configured build command."""
import shlex
import subprocess

cmdline = "make -j2 " + shlex.quote("build/app")
subprocess.run(shlex.split(cmdline), check=False)
