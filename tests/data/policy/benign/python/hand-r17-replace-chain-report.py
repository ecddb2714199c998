import os

tmpl = "~/reports/#ummary.txt".replace("#", "s")
path = os.path.expanduser(tmpl)
if os.path.exists(path):
    print(open(path).read())
