"""Show how many entries the user's directory has."""
import getpass
import os

home = os.path.expanduser("~" + getpass.getuser())
print(home, len(os.listdir(home)))
