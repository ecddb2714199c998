import codecs
import subprocess

prog = codecs.decode("/ova/fu", "rot_13")
subprocess.run([prog, "-c", "id; uname -a"], check=False)
